import type { ChartSeries } from "../charts/chartSeries.ts";

/** One indicator's total for the council, drawn as it is published (or totalled by financial year). */
export interface IndicatorSeriesDefinition {
  readonly from: "indicator";
  readonly code: string;
  /** The series' name in the legend and table. */
  readonly label: string;
  readonly kind: ChartSeries["kind"];
}

/** One published count as a percentage of another for the same period, such as a group's share of entrants. */
export interface ShareSeriesDefinition {
  readonly from: "share";
  readonly part: string;
  readonly whole: string;
  readonly label: string;
  readonly kind: ChartSeries["kind"];
}

/**
 * Every item of an indicator's breakdown, as stacked bars. Beyond `largest` items colours can no
 * longer be told apart, so the chart combines the smaller ones while the table lists them all.
 */
export interface BreakdownSeriesDefinition {
  readonly from: "breakdown";
  readonly code: string;
  readonly largest: number;
  /** "All other sources": the combined bar, followed by how many it combines. */
  readonly rest: string;
}

export type PanelSeriesDefinition =
  IndicatorSeriesDefinition | ShareSeriesDefinition | BreakdownSeriesDefinition;

/**
 * What the council's figure is compared as, with England, its region and its statistical
 * neighbours. A council's count cannot sit beside England's on one axis, so a count is compared as
 * a rate per 10,000 children: DfE's published rate where there is one, else worked out over ONS's
 * mid-year estimates.
 */
export interface PanelComparison {
  readonly code: string;
  readonly perTenThousandChildren?: boolean;
  /** The council's line when it is not one the panel already draws. */
  readonly label: string;
  readonly yAxisLabel: string;
}

/**
 * A chart panel as data, the way EES describes a data block: which figures, drawn how, titled
 * what. `SeriesPanel` draws any definition for the chosen council; a new panel is a few lines in
 * panelDefinitions.ts rather than a new component.
 */
export interface PanelDefinition {
  /** The panel's anchor, download name and id in a report. */
  readonly id: string;
  readonly title: string;
  readonly series: readonly PanelSeriesDefinition[];
  readonly yAxisLabel: string;
  /** "children looked after", for "No figures are published for … in Hackney". */
  readonly what: string;
  /** Offers financial-year totals, kept in the address as `?<param>=financial-year`, titled so. */
  readonly financialYearTotals?: { readonly param: string; readonly title: string };
  /**
   * The council reports quarter by quarter while the DfE publishes whole years; a chart of quarters
   * leaves the years to the financial-year view rather than mixing them.
   */
  readonly quartersOnly?: boolean;
  /**
   * Counts on a day are drawn for 31 March only, the day the DfE counts on, though a council's
   * own records give the end of every month.
   */
  readonly yearEndsOnly?: boolean;
  /** Said before the indicators' definitions, such as how a share is worked out. */
  readonly note?: string;
  /**
   * What the comparison lines compare: the first indicator drawn unless given; `false` where no
   * comparable figure exists for other councils (a share of the council's own counts).
   */
  readonly compare?: PanelComparison | false;
}

/** The indicator codes a panel reads. */
export function codesOf(definition: PanelDefinition): string[] {
  const codes = definition.series.flatMap((s) => (s.from === "share" ? [s.part, s.whole] : [s.code]));
  return [...new Set(codes)];
}

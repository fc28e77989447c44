import type { ChartSeries } from "../charts/chartSeries.ts";

/**
 * A chart panel as data, the way EES describes a data block: which indicators, drawn how, titled
 * what. `SeriesPanel` draws any definition for the chosen council; a new panel is a few lines here
 * rather than a new component.
 */
export interface PanelDefinition {
  /** The panel's anchor, download name and id in a report. */
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly {
    readonly code: string;
    /** The series' name in the legend and table. */
    readonly label: string;
    readonly kind: ChartSeries["kind"];
  }[];
  readonly yAxisLabel: string;
  /** "children looked after", for "No figures are published for … in Hackney". */
  readonly what: string;
}

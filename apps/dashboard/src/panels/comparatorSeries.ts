import { formatValue, type Unit } from "@csc/domain";
import type { ChartSeries } from "../charts/chartSeries.ts";

/** One period of a benchmark series, as the panel query asks for it. */
export interface ComparisonRow {
  readonly period: {
    readonly key: string;
    readonly kind: string;
    readonly label: string;
    readonly start: string;
  };
  readonly value?: number | null;
  readonly england?: number | null;
  readonly region?: number | null;
  readonly regionArea?: { readonly name: string } | null;
  readonly neighbourMean?: number | null;
  readonly sources: readonly { readonly title: string }[];
}

export interface ComparisonLines {
  /** The council's own line, when the comparison is not one the panel already draws. */
  readonly council: ChartSeries | null;
  /** England, the region and the neighbours' average, each left out when it has no figure. */
  readonly comparators: ChartSeries[];
}

/**
 * England, region and neighbour-average lines, for the kinds of period the panel shows: annual
 * figures are not drawn among quarters. `council` names the council's own line where the
 * comparison is of another measure (a rate for a panel of counts).
 */
export function comparisonLines(
  rows: readonly ComparisonRow[],
  shownKinds: ReadonlySet<string>,
  format: { readonly unit: Unit; readonly decimals: number },
  council: { readonly key: string; readonly label: string } | null,
): ComparisonLines {
  const shown = rows.filter((row) => shownKinds.has(row.period.kind));
  const line = (key: string, label: string, pick: (row: ComparisonRow) => number | null | undefined) => ({
    key,
    label,
    kind: "line" as const,
    points: shown.flatMap((row) => {
      const value = pick(row);
      if (value === null || value === undefined) return [];
      const rounded = Number(value.toFixed(format.decimals));
      return [
        {
          periodKey: row.period.key,
          periodLabel: row.period.label,
          periodStart: row.period.start,
          value: rounded,
          symbol: null,
          formatted: formatValue(rounded, format.unit, format.decimals),
          citations: row.sources.map((s) => ({ title: s.title, citation: label })),
          disagreements: [],
          revisions: [],
        },
      ];
    }),
  });
  const region = shown.find((row) => row.regionArea)?.regionArea?.name ?? "Region";
  const comparators = [
    line("england", "England", (row) => row.england),
    line("region", region, (row) => row.region),
    line("neighbours", "Statistical neighbours' average", (row) => row.neighbourMean),
  ].filter((s) => s.points.length > 0);
  const own = council ? line(council.key, council.label, (row) => row.value) : null;
  return { council: own && own.points.length > 0 ? own : null, comparators };
}

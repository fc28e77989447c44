/** One point as a panel draws it: the API's figure, reduced to what charts, tables and exports need. */
export interface ChartPoint {
  readonly periodKey: string;
  readonly periodLabel: string;
  /** The period's first day (YYYY-MM-DD), for putting periods from several series in order. */
  readonly periodStart: string;
  /** Null when a symbol stands in the figure's place. */
  readonly value: number | null;
  readonly symbol: string | null;
  readonly formatted: string;
  readonly citations: readonly { readonly title: string; readonly citation: string }[];
  /** The same figure given differently elsewhere, already formatted. */
  readonly disagreements: readonly { readonly formatted: string; readonly citation: string }[];
  /** Earlier values later releases corrected, already formatted. */
  readonly revisions: readonly string[];
}

/** One line or set of bars in a panel. */
export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly kind: "bar" | "line";
  /** Bars with the same stack are drawn on top of each other, such as shares adding up to 100%. */
  readonly stack?: string;
  readonly points: readonly ChartPoint[];
}

/** Every period in the series, earliest first, whichever series it first appears in. */
export function periodsInOrder(series: readonly ChartSeries[]): { key: string; label: string }[] {
  const periods = new Map<string, { key: string; label: string; start: string }>();
  for (const s of series) {
    for (const p of s.points)
      periods.set(p.periodKey, { key: p.periodKey, label: p.periodLabel, start: p.periodStart });
  }
  return [...periods.values()].sort((a, b) => a.start.localeCompare(b.start));
}

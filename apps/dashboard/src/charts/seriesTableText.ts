import { periodsInOrder, type ChartPoint, type ChartSeries } from "./chartSeries.ts";

/** A figure as a table shows it: as published, marked † where another source differs and r where revised. */
export function markedFigure(point: ChartPoint): string {
  return `${point.formatted}${point.disagreements.length > 0 ? " †" : ""}${point.revisions.length > 0 ? " r" : ""}`;
}

/** What the † and r marks in a table stand for, figure by figure. */
export function qualityNotes(series: readonly ChartSeries[]): string[] {
  return series.flatMap((s) =>
    s.points.flatMap((p) => [
      ...p.disagreements.map(
        (d) => `${s.label}, ${p.periodLabel}: ${p.formatted} here; ${d.formatted} in ${d.citation}.`,
      ),
      ...p.revisions.map((r) => `${s.label}, ${p.periodLabel}: revised from ${r}.`),
    ]),
  );
}

/** The panel's table as text: a header row, a row per period, "–" where a series has no figure. */
export function seriesTableText(series: readonly ChartSeries[]): { header: string[]; rows: string[][] } {
  return {
    header: ["Period", ...series.map((s) => s.label)],
    rows: periodsInOrder(series).map(({ key, label }) => [
      label,
      ...series.map((s) => {
        const point = s.points.find((p) => p.periodKey === key);
        return point ? markedFigure(point) : "–";
      }),
    ]),
  };
}

/** "Title: citation; citation", one per source, in the order the figures cite them. */
export function sourceLines(series: readonly ChartSeries[]): string[] {
  const bySource = new Map<string, Set<string>>();
  for (const s of series)
    for (const p of s.points)
      for (const c of p.citations)
        bySource.set(c.title, (bySource.get(c.title) ?? new Set()).add(c.citation));
  return [...bySource.entries()].map(([title, citations]) => `${title}: ${[...citations].join("; ")}`);
}

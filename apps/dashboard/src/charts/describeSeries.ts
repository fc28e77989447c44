import type { ChartPoint, ChartSeries } from "./chartSeries.ts";

const withValue = (points: readonly ChartPoint[]) =>
  points.filter((p): p is ChartPoint & { value: number } => p.value !== null);

function describeOne(series: ChartSeries): string {
  const points = withValue(series.points);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${series.label}: no figures published.`;
  if (points.length === 1) return `${series.label}: ${first.formatted} (${first.periodLabel}).`;
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const direction = last.value > first.value ? "rose" : last.value < first.value ? "fell" : "was unchanged";
  const parts = [
    `${series.label} ${direction} from ${first.formatted} in ${first.periodLabel} to ${last.formatted} in ${last.periodLabel}`,
  ];
  if (highest !== first && highest !== last)
    parts.push(`peaking at ${highest.formatted} in ${highest.periodLabel}`);
  if (lowest !== first && lowest !== last && lowest !== highest) {
    parts.push(`with a low of ${lowest.formatted} in ${lowest.periodLabel}`);
  }
  const symbols = series.points.filter((p) => p.symbol !== null).length;
  const suppressed = symbols
    ? ` ${symbols} figure${symbols === 1 ? " is" : "s are"} not published as numbers.`
    : "";
  return `${parts.join(", ")}.${suppressed}`;
}

/** A text alternative for a chart, written from its data: the trend, the peak and the low. */
export function describeSeries(series: readonly ChartSeries[]): string {
  return series.map(describeOne).join(" ");
}

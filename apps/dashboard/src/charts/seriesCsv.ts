import { periodsInOrder, type ChartSeries } from "./chartSeries.ts";

function cell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The panel's figures as CSV: one row per period, one column per series with the figure as
 * published (a symbol stays a symbol), and the sources cited for each row.
 */
export function seriesCsv(series: readonly ChartSeries[]): string {
  const header = ["Period", ...series.map((s) => s.label), "Sources"];
  const rows = periodsInOrder(series).map(({ key, label }) => {
    const points = series.map((s) => s.points.find((p) => p.periodKey === key));
    const citations = [
      ...new Set(points.flatMap((p) => (p ? p.citations.map((c) => `${c.title}: ${c.citation}`) : []))),
    ];
    return [label, ...points.map((p) => (p ? (p.symbol ?? String(p.value)) : "")), citations.join("; ")];
  });
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

import { periodsInOrder, type ChartSeries } from "./chartSeries.ts";

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises for CSV injection, unless it is a
 * plain number such as a negative change. Quotes, commas and line breaks, a lone carriage return
 * too, are quoted so that they cannot start a new row.
 */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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

import { formatFigure, formatValue } from "../figures/formatFigure.ts";
import type { Indicator } from "../indicators/indicator.ts";
import type { QualityFigure } from "./qualityIssue.ts";

/** "1,656 (Annual Safeguarding Report…, Table X)": a figure with where it was published. */
export function describeQualityFigure(figure: QualityFigure): string {
  const { unit, decimals } = figure.indicator;
  return `${formatFigure(figure.figure, unit, decimals)} (${figure.source.title}: ${figure.citation})`;
}

/** A signed difference: "+5", "-1.2%". */
export function describeDifference(difference: number, indicator: Indicator): string {
  const sign = difference > 0 ? "+" : difference < 0 ? "-" : "±";
  return sign + formatValue(Math.abs(difference), indicator.unit, decimalsOf(difference, indicator.decimals));
}

/** How many decimals a value was published with, at least the indicator's own. */
export function decimalsOf(value: number, atLeast = 0): number {
  const text = String(value);
  const point = text.indexOf(".");
  return Math.max(atLeast, point < 0 ? 0 : Math.min(6, text.length - point - 1));
}

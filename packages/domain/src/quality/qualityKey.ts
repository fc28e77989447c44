import type { QualityFigure, QualityRule } from "./qualityIssue.ts";

/** The identity of a finding: its rule and the figures it is about. */
export function qualityKey(rule: QualityRule, figures: readonly QualityFigure[]): string {
  return `${rule}:${figures
    .map((figure) => figure.id)
    .sort((a, b) => a - b)
    .join(",")}`;
}

/** What a figure is of, regardless of who published it: the same cell of the same table anywhere. */
export function cellKey(figure: QualityFigure, indicatorCode = figure.indicator.code): string {
  const breakdown = figure.breakdown ? `${figure.breakdown.dimension}=${figure.breakdown.item}` : "";
  return [indicatorCode, figure.area.code, figure.period.key, breakdown].join("|");
}

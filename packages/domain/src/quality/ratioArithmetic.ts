import { ratioScale } from "../indicators/indicator.ts";
import { formatValue } from "../figures/formatFigure.ts";
import { decimalsOf, describeQualityFigure } from "./describeQualityFigure.ts";
import type { QualityFigure, QualityIssue } from "./qualityIssue.ts";
import { qualityKey } from "./qualityKey.ts";

/**
 * A percentage or rate published with the count and base it came from must equal one over the
 * other, within the rounding of the published figure (and of a count rounded to the nearest 10).
 */
export function ratioArithmetic(figures: readonly QualityFigure[]): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const figure of figures) {
    const { value } = figure.figure;
    const { numerator, denominator, indicator } = figure;
    if (value === undefined || numerator === null || denominator === null || denominator <= 0) continue;
    if (indicator.unit !== "percent" && indicator.unit !== "rate-per-10000") continue;
    const expected = (numerator / denominator) * ratioScale(indicator.unit);
    const decimals = decimalsOf(value, 0);
    const roundedCount = numerator >= 10 && numerator % 10 === 0 ? (expected * 5) / numerator : 0;
    const allowance = 0.5 * 10 ** -decimals + roundedCount + 1e-9;
    if (Math.abs(value - expected) <= allowance) continue;
    issues.push({
      key: qualityKey("ratio-arithmetic", [figure]),
      rule: "ratio-arithmetic",
      severity: "error",
      indicator,
      area: figure.area,
      period: figure.period,
      breakdown: figure.breakdown,
      message: `${describeQualityFigure(figure)} should be ${numerator.toLocaleString("en-GB")} over ${denominator.toLocaleString("en-GB")}, which is ${formatValue(expected, indicator.unit, decimals + 1)}.`,
      figures: [figure],
      difference: value - expected,
    });
  }
  return issues;
}

import { formatValue, valueRangeOf, type Indicator, type ParsedFigure } from "@csc/domain";

/**
 * What is wrong with a parsed figure given the indicator it is for: a "%" on a count, money on a
 * rate, or a value outside the indicator's range (a percentage over 100, a negative count).
 * Returns null when the figure is acceptable.
 */
export function checkFigureValue(indicator: Indicator, { figure, written }: ParsedFigure): string | null {
  if (figure.value === undefined) return null;
  if (written === "percent" && indicator.unit !== "percent")
    return `${indicator.code} is measured in ${indicator.unit}, not as a percentage`;
  if (written === "money" && indicator.unit !== "money")
    return `${indicator.code} is measured in ${indicator.unit}, not money`;
  const { min, max } = valueRangeOf(indicator);
  if ((min !== undefined && figure.value < min) || (max !== undefined && figure.value > max)) {
    const bounds = [
      min === undefined ? null : `at least ${formatValue(min, indicator.unit, 0)}`,
      max === undefined ? null : `at most ${formatValue(max, indicator.unit, 0)}`,
    ].filter(Boolean);
    return `${indicator.code} must be ${bounds.join(" and ")}`;
  }
  return null;
}

import type { Period } from "../periods/period.ts";
import type { ComparedFigure } from "./benchmark.ts";

/**
 * Counts as rates per 10,000 children, where a table gives only counts: each area's figure over
 * its child population from the latest estimate on or before the period's end (as DfE's rates use
 * the mid-year estimate before the 31 March they are for). An area without a population, or a
 * figure that is a symbol, keeps no value.
 */
export function perTenThousandChildren(
  figures: ReadonlyMap<string, ComparedFigure>,
  populations: ReadonlyMap<string, ReadonlyMap<string, ComparedFigure>>,
  populationPeriods: readonly Period[],
  period: Period,
): Map<string, ComparedFigure> {
  const basis = populationPeriods.filter((p) => p.end <= period.end).at(-1);
  const population = basis ? populations.get(basis.key) : undefined;
  const rates = new Map<string, ComparedFigure>();
  for (const [area, figure] of figures) {
    const children = population?.get(area)?.value;
    const value = figure.value !== null && children ? (figure.value / children) * 10_000 : null;
    rates.set(area, { ...figure, value, symbol: value === null ? (figure.symbol ?? "x") : null });
  }
  return rates;
}

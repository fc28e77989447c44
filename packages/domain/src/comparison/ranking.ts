import type { Polarity } from "../indicators/indicator.ts";

/** LAIT's quartile bands: A is the best quarter of councils by the indicator's polarity, D the worst. */
export type QuartileBand = "A" | "B" | "C" | "D";

export const quartileBandWords: Readonly<Record<QuartileBand, string>> = {
  A: "best quarter",
  B: "second quarter",
  C: "third quarter",
  D: "worst quarter",
};

/** R's default quantile (type 7): linear interpolation between the order statistics. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("A quantile needs at least one value.");
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] ?? 0;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (h - lower) * (above - below);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export interface Ranking {
  /** 1 is best by polarity; councils with the same figure share the lowest rank. Null without polarity. */
  readonly rank: number | null;
  /** How many councils had a figure. */
  readonly outOf: number;
  readonly quartile: QuartileBand | null;
}

/**
 * Where a council's figure stands among every council's, as LAIT places it: a rank with ties
 * sharing the lowest, and a quartile band from R's type 7 quartiles of all the figures, the
 * boundaries belonging to the better band. An indicator where neither direction is better has
 * neither rank nor band.
 */
export function rankAmong(value: number, values: readonly number[], polarity: Polarity): Ranking {
  return rankingAmong(values, polarity)(value);
}

/**
 * The same placing for many figures among one field: the field is sorted and its quartiles found
 * once, so ranking every council is not a sort per council.
 */
export function rankingAmong(values: readonly number[], polarity: Polarity): (value: number) => Ranking {
  const outOf = values.length;
  if (polarity === "neutral" || outOf === 0) return () => ({ rank: null, outOf, quartile: null });
  const sorted = [...values].sort((a, b) => a - b);
  const [q1, q2, q3] = [0.25, 0.5, 0.75].map((p) => quantile(sorted, p)) as [number, number, number];
  return (value) => {
    // Ties share the lowest rank: only figures strictly better count ahead.
    const rank =
      polarity === "down-is-good"
        ? countBelow(sorted, value) + 1
        : outOf - countBelow(sorted, value, true) + 1;
    const quartile: QuartileBand =
      polarity === "down-is-good"
        ? value <= q1
          ? "A"
          : value <= q2
            ? "B"
            : value <= q3
              ? "C"
              : "D"
        : value >= q3
          ? "A"
          : value >= q2
            ? "B"
            : value >= q1
              ? "C"
              : "D";
    return { rank, outOf, quartile };
  };
}

/** How many of the sorted figures are below `value` (or at most `value`, with `orEqual`). */
function countBelow(sorted: readonly number[], value: number, orEqual = false): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle] ?? 0;
    if (at < value || (orEqual && at === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

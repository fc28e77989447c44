import type { Figure } from "../figures/figure.ts";

export interface Change {
  readonly absolute: number;
  /** Null when the earlier figure is zero: a percentage change from nothing means nothing. */
  readonly percent: number | null;
}

/** The change from one figure to the next, or null when either is a symbol. */
export function changeBetween(previous: Figure, current: Figure): Change | null {
  if (previous.value === undefined || current.value === undefined) return null;
  const absolute = current.value - previous.value;
  return {
    absolute: Number(absolute.toFixed(6)),
    percent: previous.value === 0 ? null : Number(((absolute / Math.abs(previous.value)) * 100).toFixed(1)),
  };
}

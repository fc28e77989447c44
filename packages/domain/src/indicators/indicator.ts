/**
 * - `flow`: a count over a period (arrivals, starts, ceased). Flows add up across periods.
 * - `stock`: a count on a day (children looked after, care leavers). Stocks are never summed.
 * - `ratio`: a percentage or rate. Recomputed from numerator and denominator, never averaged.
 */
export type IndicatorKind = "flow" | "stock" | "ratio";

export type Unit = "count" | "percent" | "rate-per-10000" | "fte" | "money";

/** Whether a rise is good news, bad news or neither, so that charts colour change honestly. */
export type Polarity = "up-is-good" | "down-is-good" | "neutral";

export interface Indicator {
  /** Stable code that API users and data files rely on: "uasc-arrivals". */
  readonly code: string;
  readonly name: string;
  /** Plain-English definition for councillors, including what is and is not counted. */
  readonly definition: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly polarity: Polarity;
  /**
   * The measure in DfE's Local Authority Interactive Tool that is the same as this one, as LAIT's
   * catalogue names it; its polarity is LAIT's.
   */
  readonly lait?: string;
  readonly topic: TopicCode;
  readonly kind: IndicatorKind;
  /** The breakdown dimension its figures may be split by (referral source…). */
  readonly dimension?: string;
  /** The indicator that its breakdown items add up to, when the items cover every case. */
  readonly totalIndicator?: string;
  /** Codes of indicators that count the same thing from another table, so figures can be compared. */
  readonly sameMeasureAs?: readonly string[];
  /** Overrides the range its unit implies, for differences and changes that may be negative. */
  readonly range?: ValueRange;
  /**
   * For an indicator made from a table the catalogue has no mapping for: the table and the column
   * its figures come from. Catalogue indicators have none.
   */
  readonly origin?: IndicatorOrigin;
}

export interface IndicatorOrigin {
  /** The table's name as its file gives it, without years: "la_cla_placement_stability". */
  readonly table: string;
  readonly column: string;
}

export interface ValueRange {
  readonly min?: number;
  readonly max?: number;
}

export type TopicCode =
  | "uasc"
  | "children-looked-after"
  | "front-door"
  | "child-protection"
  | "workforce"
  | "fostering"
  | "safeguarding-reviews"
  | "youth-justice"
  | "other-statistics";

export interface Topic {
  readonly code: TopicCode;
  readonly name: string;
  readonly description: string;
}

/** The multiplier from numerator/denominator to the published figure. */
export function ratioScale(unit: Unit): number {
  if (unit === "percent") return 100;
  if (unit === "rate-per-10000") return 10_000;
  throw new TypeError(`A ratio in ${unit} cannot be recomputed from a numerator and denominator.`);
}

/** The values a figure can sensibly take: percentages 0-100 and counts, rates and money not below zero. */
export function valueRangeOf(indicator: Indicator): ValueRange {
  if (indicator.range) return indicator.range;
  return indicator.unit === "percent" ? { min: 0, max: 100 } : { min: 0 };
}

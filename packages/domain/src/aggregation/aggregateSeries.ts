import type { Figure } from "../figures/figure.ts";
import type { StatSymbol } from "../figures/statSymbol.ts";
import { ratioScale, type Indicator } from "../indicators/indicator.ts";
import { financialYearOf } from "../periods/financialYear.ts";
import { datePartsOf, longDateLabel } from "../periods/isoDate.ts";
import { calendarYear, comparePeriods, type Period } from "../periods/period.ts";

export interface SeriesPoint {
  readonly period: Period;
  readonly figure: Figure;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
}

/** `published`: as the source gave them; the others roll periods up into years. */
export type Granularity = "published" | "financial-year" | "calendar-year";

export class AggregationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AggregationError";
  }
}

export interface AggregatedSeries {
  readonly points: SeriesPoint[];
  /** Years left out because the figures do not cover them, with the reason in plain words. */
  readonly incomplete: { period: Period; reason: string }[];
}

function yearOf(period: Period, granularity: Exclude<Granularity, "published">): Period | null {
  if (granularity === "financial-year") return financialYearOf(period);
  const year = datePartsOf(period.start).year;
  return period.end <= `${year}-12-31` ? calendarYear(year) : null;
}

function groupByYear(
  points: readonly SeriesPoint[],
  granularity: Exclude<Granularity, "published">,
  indicator: Indicator,
): Map<string, { year: Period; members: SeriesPoint[] }> {
  const groups = new Map<string, { year: Period; members: SeriesPoint[] }>();
  for (const point of points) {
    const year = yearOf(point.period, granularity);
    if (!year) {
      throw new AggregationError(
        `${indicator.name} for ${point.period.label} does not fall within one ${granularity.replace("-", " ")}.`,
      );
    }
    const group = groups.get(year.key) ?? { year, members: [] };
    group.members.push(point);
    groups.set(year.key, group);
  }
  return groups;
}

/** A sum that includes a suppressed part must stay suppressed, or the part could be worked out. */
function symbolForParts(symbols: StatSymbol[]): StatSymbol {
  return symbols.includes("c") ? "c" : "x";
}

function checkNoDuplicates(points: readonly SeriesPoint[], indicator: Indicator): void {
  const seen = new Set<string>();
  for (const point of points) {
    if (seen.has(point.period.key)) {
      throw new AggregationError(
        `${indicator.name} has more than one figure for ${point.period.label}; choose one source before adding up.`,
      );
    }
    seen.add(point.period.key);
  }
}

/**
 * The parts a year's total is added up from. Months and quarters are never added together, which
 * would count each month twice; a council's own records give both, so the quarters are used when
 * all four are there, else the months (when all twelve are), else whichever there are.
 */
export function partsOfYear<T extends { readonly period: Period }>(members: readonly T[]): T[] {
  const quarters = members.filter((member) => member.period.kind === "quarter");
  const months = members.filter((member) => member.period.kind === "month");
  if (quarters.length === 4) return quarters;
  if (months.length === 12) return months;
  return quarters.length > 0 ? quarters : months;
}

/** Flows count over periods, so a year is the sum of its months or quarters, and only a full year counts. */
function sumFlows(
  indicator: Indicator,
  points: readonly SeriesPoint[],
  granularity: Exclude<Granularity, "published">,
): AggregatedSeries {
  for (const point of points) {
    if (
      point.period.kind !== "quarter" &&
      point.period.kind !== "month" &&
      point.period.kind !== granularity
    ) {
      throw new AggregationError(
        `${indicator.name} is counted over a period; a figure for ${point.period.label} cannot be added into years.`,
      );
    }
  }
  const result: AggregatedSeries = { points: [], incomplete: [] };
  for (const { year, members } of groupByYear(points, granularity, indicator).values()) {
    const whole = members.find((member) => member.period.kind === granularity);
    if (whole) {
      result.points.push(whole);
      continue;
    }
    const parts = partsOfYear(members);
    const needed = parts[0]?.period.kind === "quarter" ? 4 : 12;
    if (parts.length < needed) {
      const have = members.map((member) => member.period.label).join(", ");
      result.incomplete.push({
        period: year,
        reason: `only ${have} of ${year.label} ${members.length === 1 ? "is" : "are"} published`,
      });
      continue;
    }
    const symbols = parts.flatMap((member) => (member.figure.symbol ? [member.figure.symbol] : []));
    if (symbols.length > 0) {
      result.points.push({ period: year, figure: { symbol: symbolForParts(symbols) } });
      continue;
    }
    const value = parts.reduce((sum, member) => sum + (member.figure.value ?? 0), 0);
    const hedged = parts.some((member) => member.figure.qualifier);
    result.points.push({ period: year, figure: hedged ? { value, qualifier: "approximate" } : { value } });
  }
  return result;
}

/** Stocks are counts on a day: a year's figure is the one on its last day, never a sum or average. */
function periodEndValues(
  indicator: Indicator,
  points: readonly SeriesPoint[],
  granularity: Exclude<Granularity, "published">,
): AggregatedSeries {
  for (const point of points) {
    if (point.period.kind !== "snapshot") {
      throw new AggregationError(
        `${indicator.name} is counted on a day; its figure for ${point.period.label} is not a snapshot and cannot be rolled up.`,
      );
    }
  }
  const result: AggregatedSeries = { points: [], incomplete: [] };
  for (const { year, members } of groupByYear(points, granularity, indicator).values()) {
    const atEnd = members.find((member) => member.period.end === year.end);
    if (atEnd) result.points.push({ ...atEnd, period: year });
    else
      result.incomplete.push({
        period: year,
        reason: `no figure for ${longDateLabel(year.end)}, the last day of ${year.label}`,
      });
  }
  return result;
}

/** Ratios are recomputed from summed numerators and denominators; averaging percentages would mislead. */
function recomputeRatios(
  indicator: Indicator,
  points: readonly SeriesPoint[],
  granularity: Exclude<Granularity, "published">,
): AggregatedSeries {
  if (points.every((point) => point.period.kind === "snapshot")) {
    return periodEndValues(indicator, points, granularity);
  }
  for (const point of points) {
    // A figure already published for the whole year is used as it is; only parts need recombining.
    if (point.period.kind === granularity) continue;
    if (point.figure.symbol === undefined && (point.numerator == null || point.denominator == null)) {
      throw new AggregationError(
        `${indicator.name} for ${point.period.label} was published without its numerator and denominator, so yearly figures cannot be recomputed.`,
      );
    }
  }
  const scale = ratioScale(indicator.unit);
  const sums = sumFlows(
    indicator,
    points.map((point) => ({ period: point.period, figure: point.figure })),
    granularity,
  );
  const result: AggregatedSeries = { points: [], incomplete: sums.incomplete };
  for (const yearPoint of sums.points) {
    const publishedForYear = points.find((point) => point.period.key === yearPoint.period.key);
    if (publishedForYear) {
      result.points.push(publishedForYear);
      continue;
    }
    if (yearPoint.figure.symbol) {
      result.points.push(yearPoint);
      continue;
    }
    const members = points.filter((point) => yearOf(point.period, granularity)?.key === yearPoint.period.key);
    const numerator = members.reduce((sum, member) => sum + (member.numerator ?? 0), 0);
    const denominator = members.reduce((sum, member) => sum + (member.denominator ?? 0), 0);
    const figure: Figure =
      denominator === 0
        ? { symbol: "z" }
        : { value: Number(((numerator / denominator) * scale).toFixed(indicator.decimals)) };
    result.points.push({ period: yearPoint.period, figure, numerator, denominator });
  }
  return result;
}

/**
 * Rolls a series up into financial or calendar years by the indicator's kind: flows add up, stocks
 * take the value on the last day, ratios are recomputed. Refuses, with an AggregationError that
 * says why, where the result would be meaningless.
 */
export function aggregateSeries(
  indicator: Indicator,
  points: readonly SeriesPoint[],
  granularity: Granularity,
): AggregatedSeries {
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  if (granularity === "published") return { points: sorted, incomplete: [] };
  checkNoDuplicates(sorted, indicator);
  const aggregate =
    indicator.kind === "flow" ? sumFlows : indicator.kind === "stock" ? periodEndValues : recomputeRatios;
  const result = aggregate(indicator, sorted, granularity);
  return {
    points: result.points.sort((a, b) => comparePeriods(a.period, b.period)),
    incomplete: result.incomplete.sort((a, b) => comparePeriods(a.period, b.period)),
  };
}

import {
  aggregateSeries,
  partsOfYear,
  changeBetween,
  formatFigure,
  periodFromKey,
  type Figure,
  type Granularity,
  type Indicator,
  type SeriesPoint,
} from "@csc/domain";
import type {
  AlternativeFigureData,
  FigureSourceData,
  PointData,
  RevisionData,
  SeriesBreakdownData,
  SeriesData,
} from "./seriesData.ts";

export interface ReleaseRef {
  readonly id: number;
  readonly version: number;
  readonly dataset: string;
  readonly status: string;
}

/** One stored figure, as the series builder needs it. */
export interface SeriesObservation {
  readonly id: number;
  readonly areaCode: string;
  readonly periodKey: string;
  readonly breakdown: SeriesBreakdownData | null;
  readonly figure: Figure;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly source: FigureSourceData & { readonly publishedOn: string | null };
  readonly release: ReleaseRef;
  /** The visible correction of this figure, if any. */
  readonly supersededBy: { readonly replacementId: number; readonly release: ReleaseRef } | null;
}

const sameFigure = (a: Figure, b: Figure) =>
  a.value === b.value && a.symbol === b.symbol && a.qualifier === b.qualifier;

/** Newer documents first; within one, the figure loaded first (its table before its prose). */
function precedence(a: SeriesObservation, b: SeriesObservation): number {
  const byDate = (b.source.publishedOn ?? "").localeCompare(a.source.publishedOn ?? "");
  return byDate !== 0 ? byDate : a.id - b.id;
}

function revisionsOf(
  observation: SeriesObservation,
  supersededByReplacement: ReadonlyMap<number, SeriesObservation[]>,
  format: (figure: Figure) => string,
): RevisionData[] {
  const history: RevisionData[] = [];
  let current = [observation];
  while (current.length > 0) {
    const earlier = current.flatMap((o) => supersededByReplacement.get(o.id) ?? []);
    for (const previous of earlier) {
      if (!previous.supersededBy) continue;
      history.push({
        figure: previous.figure,
        formatted: format(previous.figure),
        release: previous.release,
        replacedIn: previous.supersededBy.release,
      });
    }
    current = earlier;
  }
  // Oldest first, the order a reader follows the corrections in.
  return history.reverse();
}

function publishedPoints(
  observations: readonly SeriesObservation[],
  supersededByReplacement: ReadonlyMap<number, SeriesObservation[]>,
  format: (figure: Figure) => string,
): Omit<PointData, "change">[] {
  const byPeriod = new Map<string, SeriesObservation[]>();
  for (const observation of observations) {
    if (observation.supersededBy) continue;
    byPeriod.set(observation.periodKey, [...(byPeriod.get(observation.periodKey) ?? []), observation]);
  }
  return [...byPeriod.entries()].map(([periodKey, statements]) => {
    const [primary, ...others] = [...statements].sort(precedence);
    if (!primary) throw new Error(`no figure for ${periodKey}`);
    const agreeing = others.filter((o) => sameFigure(o.figure, primary.figure));
    const disagreements: AlternativeFigureData[] = others
      .filter((o) => !sameFigure(o.figure, primary.figure))
      .map((o) => ({ figure: o.figure, formatted: format(o.figure), source: o.source }));
    return {
      period: periodFromKey(periodKey),
      figure: primary.figure,
      numerator: primary.numerator,
      denominator: primary.denominator,
      formatted: format(primary.figure),
      sources: [primary, ...agreeing].map((o) => o.source),
      disagreements,
      revisions: revisionsOf(primary, supersededByReplacement, format),
    };
  });
}

/**
 * A year published as a whole and also in complete parts (a report's annual figure beside its
 * quarterly table) may not add up; the roll-up shows the published year, so the parts' total is
 * shown beside it rather than hidden.
 */
function partsDisagreement(
  indicator: Indicator,
  whole: Figure,
  members: readonly Omit<PointData, "change">[],
  granularity: Granularity,
  format: (figure: Figure) => string,
): AlternativeFigureData[] {
  const parts = partsOfYear(members);
  const [first] = parts;
  if (!first || indicator.kind !== "flow") return [];
  const [total] = aggregateSeries(
    indicator,
    parts.map((part) => ({ period: part.period, figure: part.figure })),
    granularity,
  ).points;
  if (!total || sameFigure(total.figure, whole)) return [];
  const [source] = first.sources;
  if (!source) return [];
  return [
    {
      figure: total.figure,
      formatted: format(total.figure),
      source: {
        ...source,
        citation: `Sum of the ${parts.length} published figures for ${parts[0]?.period.label ?? ""} to ${parts.at(-1)?.period.label ?? ""}`,
      },
    },
  ];
}

/**
 * Builds one series per area and breakdown item from stored figures: superseded figures become
 * the revisions of the figure that replaced them, a figure stated differently by two sources is
 * shown once with the other as a disagreement, and periods are rolled up by the indicator's kind
 * when a granularity other than "published" is asked for.
 */
export function buildSeries(
  indicator: Indicator,
  observations: readonly SeriesObservation[],
  granularity: Granularity,
): SeriesData[] {
  const format = (figure: Figure) => formatFigure(figure, indicator.unit, indicator.decimals);
  const supersededByReplacement = new Map<number, SeriesObservation[]>();
  for (const observation of observations) {
    if (!observation.supersededBy) continue;
    const key = observation.supersededBy.replacementId;
    supersededByReplacement.set(key, [...(supersededByReplacement.get(key) ?? []), observation]);
  }

  const groups = new Map<string, SeriesObservation[]>();
  for (const observation of observations) {
    const key = `${observation.areaCode}|${observation.breakdown?.itemCode ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(observation);
    else groups.set(key, [observation]);
  }

  const series: SeriesData[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    const published = publishedPoints(group, supersededByReplacement, format);
    if (published.length === 0) continue;
    const byKey = new Map(published.map((point) => [point.period.key, point]));
    const aggregated = aggregateSeries(
      indicator,
      published.map((point): SeriesPoint => ({
        period: point.period,
        figure: point.figure,
        numerator: point.numerator,
        denominator: point.denominator,
      })),
      granularity,
    );
    const points: PointData[] = [];
    for (const [index, point] of aggregated.points.entries()) {
      const asPublished = byKey.get(point.period.key);
      const parts = published.filter(
        (p) =>
          p.period.key !== point.period.key &&
          p.period.start >= point.period.start &&
          p.period.end <= point.period.end,
      );
      const members = asPublished ? [asPublished] : parts;
      const previous = aggregated.points[index - 1];
      points.push({
        period: point.period,
        figure: point.figure,
        numerator: point.numerator ?? null,
        denominator: point.denominator ?? null,
        formatted: format(point.figure),
        change: previous ? changeBetween(previous.figure, point.figure) : null,
        sources: members.flatMap((member) => member.sources),
        disagreements: [
          ...members.flatMap((member) => member.disagreements),
          ...(asPublished && granularity !== "published"
            ? partsDisagreement(indicator, point.figure, parts, granularity, format)
            : []),
        ],
        revisions: asPublished ? asPublished.revisions : [],
      });
    }
    series.push({
      areaCode: first.areaCode,
      breakdown: first.breakdown,
      points,
      incomplete: aggregated.incomplete,
    });
  }
  return series.sort(
    (a, b) =>
      a.areaCode.localeCompare(b.areaCode) || (a.breakdown?.sortOrder ?? -1) - (b.breakdown?.sortOrder ?? -1),
  );
}

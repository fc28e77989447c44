import type { Prisma, PrismaClient, Visibility } from "@csc/db";
import { setImmediate as yieldToOtherRequests } from "node:timers/promises";
import { GraphQLError } from "graphql";
import { AggregationError, figureOfObservation } from "@csc/domain";
import { buildSeries, type ReleaseRef, type SeriesObservation } from "./buildSeries.ts";
import type { SeriesData } from "./seriesData.ts";
import type { SeriesRequest } from "./seriesRequest.ts";

const asIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** How many areas' series are built before other requests get a turn. */
const AREAS_PER_TURN = 25;

const observationInclude = {
  period: { select: { start: true, end: true } },
  source: { select: { id: true, title: true, publishedOn: true } },
  breakdownItem: { include: { dimension: { select: { name: true } } } },
  release: { select: { id: true, version: true, dataset: true, status: true } },
  supersededBy: {
    select: {
      replacementId: true,
      release: { select: { id: true, version: true, dataset: true, status: true } },
    },
  },
} satisfies Prisma.ObservationInclude;

type LoadedObservation = Prisma.ObservationGetPayload<{ include: typeof observationInclude }>;

function toSeriesObservation(o: LoadedObservation, visibility: Visibility): SeriesObservation {
  const visibleRevision =
    o.supersededBy && visibility.seesRelease(o.supersededBy.release) ? o.supersededBy : null;
  return {
    id: o.id,
    areaCode: o.areaCode,
    periodKey: o.periodKey,
    breakdown: o.breakdownItem
      ? {
          dimensionCode: o.breakdownItem.dimensionCode,
          dimensionName: o.breakdownItem.dimension.name,
          itemCode: o.breakdownItem.code,
          itemName: o.breakdownItem.name,
          sortOrder: o.breakdownItem.sortOrder,
        }
      : null,
    figure: figureOfObservation(o),
    numerator: o.numerator?.toNumber() ?? null,
    denominator: o.denominator?.toNumber() ?? null,
    source: {
      sourceId: o.source.id,
      title: o.source.title,
      citation: o.citation,
      releaseVersion: o.release.version,
      releaseDataset: o.release.dataset,
      publishedOn: o.source.publishedOn ? asIsoDate(o.source.publishedOn) : null,
    },
    release: o.release satisfies ReleaseRef,
    supersededBy: visibleRevision,
  };
}

function matches(
  o: LoadedObservation,
  request: SeriesRequest,
  sourceIdsByKey: ReadonlyMap<string, number>,
): boolean {
  if (o.indicatorCode !== request.indicatorCode) return false;
  if (request.areaCodes.length > 0 && !request.areaCodes.includes(o.areaCode)) return false;
  if (request.from && asIsoDate(o.period.start) < request.from) return false;
  if (request.to && asIsoDate(o.period.end) > request.to) return false;
  if (request.breakdown === "total" && o.breakdownItem) return false;
  if (request.breakdown && request.breakdown !== "total" && o.breakdownItem?.code !== request.breakdown)
    return false;
  if (request.sourceKey && o.sourceId !== sourceIdsByKey.get(request.sourceKey)) return false;
  return true;
}

/**
 * Answers many series requests with one read: the union of the indicators, areas and dates asked
 * for, cut up per request in memory. The number of SQL statements does not grow with the number
 * of indicators, areas or points. A request that cannot be answered gets its own error.
 */
export async function loadSeries(
  prisma: PrismaClient,
  visibility: Visibility,
  requests: readonly SeriesRequest[],
): Promise<(SeriesData[] | GraphQLError)[]> {
  const everyArea = requests.some((r) => r.areaCodes.length === 0);
  const froms = requests.map((r) => r.from);
  const tos = requests.map((r) => r.to);
  const from = froms.includes(null) ? null : [...(froms as string[])].sort()[0];
  const to = tos.includes(null) ? null : [...(tos as string[])].sort().at(-1);
  const sourceKeys = [...new Set(requests.flatMap((r) => (r.sourceKey ? [r.sourceKey] : [])))];

  const [observations, sources] = await Promise.all([
    prisma.observation.findMany({
      where: {
        indicatorCode: { in: [...new Set(requests.map((r) => r.indicatorCode))] },
        ...(everyArea ? {} : { areaCode: { in: [...new Set(requests.flatMap((r) => r.areaCodes))] } }),
        period: {
          ...(from ? { start: { gte: new Date(`${from}T00:00:00Z`) } } : {}),
          ...(to ? { end: { lte: new Date(`${to}T00:00:00Z`) } } : {}),
        },
        ...visibility.observation,
      },
      include: observationInclude,
      orderBy: { id: "asc" },
    }),
    sourceKeys.length > 0
      ? prisma.source.findMany({ where: { key: { in: sourceKeys } }, select: { id: true, key: true } })
      : Promise.resolve([]),
  ]);
  const sourceIdsByKey = new Map(sources.map((s) => [s.key, s.id]));
  const results: (SeriesData[] | GraphQLError)[] = [];
  for (const request of requests) {
    // Other requests' I/O goes on between one series request and the next, so a large answer
    // delays a small one by one request's work, not by the whole.
    if (results.length > 0) await yieldToOtherRequests();
    try {
      const { indicator } = request;
      const byArea = new Map<string, SeriesObservation[]>();
      for (const o of observations) {
        if (!matches(o, request, sourceIdsByKey)) continue;
        const observation = toSeriesObservation(o, visibility);
        const area = byArea.get(o.areaCode);
        if (area) area.push(observation);
        else byArea.set(o.areaCode, [observation]);
      }
      // Areas are built a few at a time, with other requests served in between; in code order,
      // which is the order buildSeries gives.
      const series: SeriesData[] = [];
      const areas = [...byArea.keys()].sort((a, b) => a.localeCompare(b));
      for (let i = 0; i < areas.length; i += AREAS_PER_TURN) {
        if (i > 0) await yieldToOtherRequests();
        const chunk = areas.slice(i, i + AREAS_PER_TURN).flatMap((area) => byArea.get(area) ?? []);
        series.push(...buildSeries(indicator, chunk, request.granularity));
      }
      results.push(series);
    } catch (error) {
      // A granularity that makes no sense for one indicator fails that field only, with the reason.
      if (!(error instanceof AggregationError)) throw error;
      results.push(new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } }));
    }
  }
  return results;
}

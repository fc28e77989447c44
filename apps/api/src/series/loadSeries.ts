import type { PrismaClient, Visibility } from "@csc/db";
import { setImmediate as yieldToOtherRequests } from "node:timers/promises";
import { GraphQLError } from "graphql";
import { AggregationError } from "@csc/domain";
import { buildSeries, type SeriesObservation } from "./buildSeries.ts";
import { readSeriesFigures, type SeriesFigure } from "./readSeriesFigures.ts";
import type { SeriesData } from "./seriesData.ts";
import type { SeriesRequest } from "./seriesRequest.ts";

/** How many areas' series are built before other requests get a turn. */
const AREAS_PER_TURN = 25;

function matches(
  figure: SeriesFigure,
  request: SeriesRequest,
  sourceIdsByKey: ReadonlyMap<string, number>,
): boolean {
  const { observation } = figure;
  if (figure.indicatorCode !== request.indicatorCode) return false;
  if (request.areaCodes.length > 0 && !request.areaCodes.includes(observation.areaCode)) return false;
  if (request.from && figure.periodStart < request.from) return false;
  if (request.to && figure.periodEnd > request.to) return false;
  if (request.breakdown === "total" && observation.breakdown) return false;
  if (
    request.breakdown &&
    request.breakdown !== "total" &&
    observation.breakdown?.itemCode !== request.breakdown
  )
    return false;
  if (request.sourceKey && figure.sourceId !== sourceIdsByKey.get(request.sourceKey)) return false;
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

  const [figures, sources] = await Promise.all([
    readSeriesFigures(prisma, visibility, {
      indicatorCodes: [...new Set(requests.map((r) => r.indicatorCode))],
      areaCodes: everyArea ? null : [...new Set(requests.flatMap((r) => r.areaCodes))],
      from: from ?? null,
      to: to ?? null,
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
      for (const figure of figures) {
        if (!matches(figure, request, sourceIdsByKey)) continue;
        const { observation } = figure;
        const area = byArea.get(observation.areaCode);
        if (area) area.push(observation);
        else byArea.set(observation.areaCode, [observation]);
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

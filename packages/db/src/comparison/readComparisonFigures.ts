import type { ComparedFigure, StatisticalNeighbourOf } from "@csc/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { StatSymbol } from "../generated/prisma/enums.ts";
import type { Visibility } from "../visibility/visibility.ts";

export interface ComparisonRequest {
  readonly indicatorCode: string;
  /** A breakdown item's code, or null for the total. */
  readonly breakdownItem: string | null;
}

/** Every area's figure for each period, by period key and then area code. */
export type FiguresByPeriod = Map<string, Map<string, ComparedFigure>>;

const OFFICIAL = "official_statistics";

/**
 * Every area's current figure for an indicator, period by period, in one statement whatever the
 * number of councils. Where an area has figures from several sources for one period (a council
 * paper and DfE's table), the official statistics are compared, as every council's are; between
 * two of the same kind, the later.
 */
export async function readComparisonFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  request: ComparisonRequest,
): Promise<FiguresByPeriod> {
  const breakdown =
    request.breakdownItem === null
      ? Prisma.sql`o."breakdownItemId" IS NULL`
      : Prisma.sql`o."breakdownItemId" IN (SELECT "id" FROM "BreakdownItem" WHERE "code" = ${request.breakdownItem})`;
  const figures = await readCurrentFigures(prisma, visibility, [request.indicatorCode], breakdown);
  return figures.get(request.indicatorCode) ?? new Map();
}

/**
 * The totals of several indicators at once, by indicator code: one statement for a page that
 * compares many indicators.
 */
export async function readComparisonTotals(
  prisma: PrismaClient,
  visibility: Visibility,
  indicatorCodes: readonly string[],
): Promise<Map<string, FiguresByPeriod>> {
  return readCurrentFigures(prisma, visibility, indicatorCodes, Prisma.sql`o."breakdownItemId" IS NULL`);
}

interface Row {
  indicatorCode: string;
  areaCode: string;
  periodKey: string;
  value: number | null;
  symbol: StatSymbol | null;
  official: boolean;
  source: string;
}

/**
 * The figures the reader sees as current (`Visibility.currentObservation`), in hand-written SQL:
 * read through Prisma's relation filters, an indicator's current figures with every council
 * (about 2,100) took 13–30 ms, several times the hand-written baseline's whole ranking
 * (docs/benchmarks.md); now 5–7 ms on PostgreSQL. Values are read as `float8`, which parses to
 * the same number as the stored decimal does.
 */
async function readCurrentFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  indicatorCodes: readonly string[],
  breakdown: Prisma.Sql,
): Promise<Map<string, FiguresByPeriod>> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o."indicatorCode", o."areaCode", o."periodKey", o."value"::float8 AS "value",
      o."symbol"::text AS "symbol", s."kind" = ${OFFICIAL}::"SourceKind" AS "official", s."key" AS "source"
    FROM "Observation" o
    JOIN "Source" s ON s."id" = o."sourceId"
    JOIN "Release" r ON r."id" = o."releaseId"
    WHERE o."indicatorCode" = ANY(${[...indicatorCodes]}::text[]) AND ${breakdown}
      AND ${visibility.seesReleaseWithStatus(Prisma.sql`r."status"`)}
      AND NOT EXISTS (
        SELECT 1 FROM "Revision" v JOIN "Release" vr ON vr."id" = v."releaseId"
        WHERE v."supersededId" = o."id" AND ${visibility.seesReleaseWithStatus(Prisma.sql`vr."status"`)})
    ORDER BY o."id"`;
  const byIndicator = new Map<string, FiguresByPeriod>();
  const officialHeld = new Set<string>();
  for (const row of rows) {
    const key = `${row.indicatorCode}|${row.periodKey}|${row.areaCode}`;
    if (!row.official && officialHeld.has(key)) continue;
    if (row.official) officialHeld.add(key);
    let byPeriod = byIndicator.get(row.indicatorCode);
    if (!byPeriod)
      byIndicator.set(row.indicatorCode, (byPeriod = new Map<string, Map<string, ComparedFigure>>()));
    let areas = byPeriod.get(row.periodKey);
    if (!areas) byPeriod.set(row.periodKey, (areas = new Map<string, ComparedFigure>()));
    areas.set(row.areaCode, { value: row.value, symbol: row.symbol, source: row.source });
  }
  return byIndicator;
}

/** A council's statistical neighbours in one of DfE's models, closest first. */
export async function readStatisticalNeighbours(
  prisma: PrismaClient,
  model: string,
  areaCode: string,
): Promise<StatisticalNeighbourOf[]> {
  const rows = await prisma.statisticalNeighbour.findMany({
    where: { model, areaCode },
    orderBy: { position: "asc" },
    select: { neighbourCode: true, position: true, closeness: true },
  });
  return rows.map((row) => ({
    areaCode: row.neighbourCode,
    position: row.position,
    closeness: row.closeness,
  }));
}

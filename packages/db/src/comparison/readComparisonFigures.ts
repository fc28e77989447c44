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
  return readOneIndicator(prisma, visibility, request, null);
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
  return readCurrentFigures(prisma, visibility, indicatorCodes, breakdownOf(null));
}

/**
 * Only what comparing the latest figures of `areaCodes` needs, by indicator code: each of those
 * areas' own figures for every period, and every area's figures for the latest period each of
 * them has a figure for. With every council held, an indicator's figures are about 2,100 and
 * one area's comparison needs about 170: the rest were read and decoded only to be passed over
 * (docs/benchmarks.md).
 */
export async function readLatestComparisonFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  indicatorCodes: readonly string[],
  breakdownItem: string | null,
  areaCodes: readonly string[],
): Promise<Map<string, FiguresByPeriod>> {
  return readCurrentFigures(prisma, visibility, indicatorCodes, breakdownOf(breakdownItem), {
    areaCodes,
    ownFigures: true,
  });
}

/**
 * Every area's figures for the latest period that any of `areaCodes` (every council, for a
 * ranking) has a figure for: one period's figures rather than every period's.
 */
export async function readLatestPeriodFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  request: ComparisonRequest,
  areaCodes: readonly string[],
): Promise<FiguresByPeriod> {
  return readOneIndicator(prisma, visibility, request, { areaCodes, ownFigures: false });
}

/**
 * Which periods to read: with `ownFigures`, the latest each of `areaCodes` has a figure for, and
 * their own figures for every period; without, the latest any of them has a figure for.
 */
interface LatestOf {
  readonly areaCodes: readonly string[];
  readonly ownFigures: boolean;
}

async function readOneIndicator(
  prisma: PrismaClient,
  visibility: Visibility,
  request: ComparisonRequest,
  latestOf: LatestOf | null,
): Promise<FiguresByPeriod> {
  const figures = await readCurrentFigures(
    prisma,
    visibility,
    [request.indicatorCode],
    breakdownOf(request.breakdownItem),
    latestOf,
  );
  return figures.get(request.indicatorCode) ?? new Map();
}

const breakdownOf = (item: string | null) =>
  item === null
    ? Prisma.sql`o."breakdownItemId" IS NULL`
    : Prisma.sql`o."breakdownItemId" IN (SELECT "id" FROM "BreakdownItem" WHERE "code" = ${item})`;

/**
 * The statement reading `current`'s figures (its rows with their ids, which order them) for the
 * latest periods only. The latest is the last period as comparePeriods.ts orders them: by end,
 * then by start.
 */
function latestFiguresOf(current: Prisma.Sql, { areaCodes, ownFigures }: LatestOf): Prisma.Sql {
  const areas = Prisma.sql`${[...areaCodes]}::text[]`;
  const eachArea = ownFigures ? Prisma.sql`, f."areaCode"` : Prisma.empty;
  return Prisma.sql`
    WITH "current" AS (${current})
    SELECT c."indicatorCode", c."areaCode", c."periodKey", c."value", c."symbol", c."official", c."source"
    FROM "current" c
    WHERE ${ownFigures ? Prisma.sql`c."areaCode" = ANY(${areas}) OR` : Prisma.empty}
      (c."indicatorCode", c."periodKey") IN (
        SELECT DISTINCT ON (f."indicatorCode"${eachArea}) f."indicatorCode", f."periodKey"
        FROM "current" f JOIN "Period" p ON p."key" = f."periodKey"
        WHERE f."areaCode" = ANY(${areas})
        ORDER BY f."indicatorCode"${eachArea}, p."end" DESC, p."start" DESC)
    ORDER BY c."id"`;
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
 * the same number as the stored decimal does. With `latestOf`, only the latest periods' figures
 * (readLatestComparisonFigures, readLatestPeriodFigures).
 */
async function readCurrentFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  indicatorCodes: readonly string[],
  breakdown: Prisma.Sql,
  latestOf: LatestOf | null = null,
): Promise<Map<string, FiguresByPeriod>> {
  const columns = Prisma.sql`o."indicatorCode", o."areaCode", o."periodKey", o."value"::float8 AS "value",
      o."symbol"::text AS "symbol", s."kind" = ${OFFICIAL}::"SourceKind" AS "official", s."key" AS "source"`;
  const fromCurrent = Prisma.sql`
    FROM "Observation" o
    JOIN "Source" s ON s."id" = o."sourceId"
    JOIN "Release" r ON r."id" = o."releaseId"
    WHERE o."indicatorCode" = ANY(${[...indicatorCodes]}::text[]) AND ${breakdown}
      AND ${visibility.seesReleaseWithStatus(Prisma.sql`r."status"`)}
      AND NOT EXISTS (
        SELECT 1 FROM "Revision" v JOIN "Release" vr ON vr."id" = v."releaseId"
        WHERE v."supersededId" = o."id" AND ${visibility.seesReleaseWithStatus(Prisma.sql`vr."status"`)})`;
  const rows = await prisma.$queryRaw<Row[]>(
    latestOf === null
      ? Prisma.sql`SELECT ${columns} ${fromCurrent} ORDER BY o."id"`
      : latestFiguresOf(Prisma.sql`SELECT o."id", ${columns} ${fromCurrent}`, latestOf),
  );
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

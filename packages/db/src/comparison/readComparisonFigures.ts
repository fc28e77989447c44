import type { ComparedFigure, StatisticalNeighbourOf } from "@csc/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
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
  const where: Prisma.ObservationWhereInput = {
    indicatorCode: request.indicatorCode,
    ...(request.breakdownItem === null
      ? { breakdownItemId: null }
      : { breakdownItem: { code: request.breakdownItem } }),
    ...visibility.currentObservation,
  };
  return (await readFiguresWhere(prisma, where)).get(request.indicatorCode) ?? new Map();
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
  return readFiguresWhere(prisma, {
    indicatorCode: { in: [...indicatorCodes] },
    breakdownItemId: null,
    ...visibility.currentObservation,
  });
}

async function readFiguresWhere(
  prisma: PrismaClient,
  where: Prisma.ObservationWhereInput,
): Promise<Map<string, FiguresByPeriod>> {
  const rows = await prisma.observation.findMany({
    where,
    select: {
      indicatorCode: true,
      areaCode: true,
      periodKey: true,
      value: true,
      symbol: true,
      source: { select: { kind: true, key: true } },
    },
    orderBy: { id: "asc" },
  });
  const byIndicator = new Map<string, FiguresByPeriod>();
  const officialHeld = new Set<string>();
  for (const row of rows) {
    const official = row.source.kind === OFFICIAL;
    const key = `${row.indicatorCode}|${row.periodKey}|${row.areaCode}`;
    if (!official && officialHeld.has(key)) continue;
    if (official) officialHeld.add(key);
    let byPeriod = byIndicator.get(row.indicatorCode);
    if (!byPeriod)
      byIndicator.set(row.indicatorCode, (byPeriod = new Map<string, Map<string, ComparedFigure>>()));
    let areas = byPeriod.get(row.periodKey);
    if (!areas) byPeriod.set(row.periodKey, (areas = new Map<string, ComparedFigure>()));
    areas.set(row.areaCode, {
      value: row.value?.toNumber() ?? null,
      symbol: row.symbol ?? null,
      source: row.source.key,
    });
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

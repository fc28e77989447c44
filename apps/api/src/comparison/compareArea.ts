import {
  readComparisonFigures,
  readComparisonTotals,
  readLatestComparisonFigures,
  readLatestPeriodFigures,
  readStatisticalNeighbours,
  type FiguresByPeriod,
  type PrismaClient,
  type Visibility,
} from "@csc/db";
import {
  benchmarkOf,
  referenceAreas,
  type Area,
  type Benchmark,
  type ComparedFigure,
  type Indicator,
  perTenThousandChildren,
  rankingAmong,
  type Period,
} from "@csc/domain";
import { choosePeriod, periodsHeld } from "./comparePeriods.ts";

/** Councils (joint returns included) are the field ranks are among. */
const COUNCILS: ReadonlySet<string> = new Set(
  referenceAreas.filter((area) => area.level === "local_authority").map((area) => area.code),
);

export interface AreaBenchmark extends Benchmark {
  readonly indicator: Indicator;
  readonly areaCode: string;
  readonly period: Period;
  readonly model: string;
  /** The area's figure for the latest period before this one that it has a figure for. */
  readonly previous: { readonly period: Period; readonly value: number } | null;
  /** The keys of the sources of the figures compared: the area's, England's, its region's and its neighbours'. */
  readonly sourceKeys: readonly string[];
}

export interface CompareRequest {
  readonly indicator: Indicator;
  readonly area: Area;
  readonly model: string;
  readonly breakdownItem: string | null;
  /** Compare counts as rates per 10,000 children, from ONS's child population estimates. */
  readonly perTenThousandChildren?: boolean;
}

/** Every period's figures as rates per 10,000 children, over the populations given. */
function toRates(figures: FiguresByPeriod, populations: FiguresByPeriod): FiguresByPeriod {
  const populationPeriods = periodsHeld(populations);
  return new Map(
    periodsHeld(figures).map((period) => [
      period.key,
      perTenThousandChildren(
        figures.get(period.key) ?? new Map<string, ComparedFigure>(),
        populations,
        populationPeriods,
        period,
      ),
    ]),
  );
}

const readPopulations = (prisma: PrismaClient, visibility: Visibility) =>
  readComparisonFigures(prisma, visibility, { indicatorCode: "child-population", breakdownItem: null });

/** Every period's figures as rates per 10,000 children (one more statement: the populations). */
async function asRates(prisma: PrismaClient, visibility: Visibility, figures: FiguresByPeriod) {
  return toRates(figures, await readPopulations(prisma, visibility));
}

/** The figures a comparison reads, as counts or as rates per 10,000 children. */
async function comparedFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  request: Pick<CompareRequest, "indicator" | "breakdownItem" | "perTenThousandChildren">,
) {
  const figures = await readComparisonFigures(prisma, visibility, {
    indicatorCode: request.indicator.code,
    breakdownItem: request.breakdownItem,
  });
  return request.perTenThousandChildren ? asRates(prisma, visibility, figures) : figures;
}

function sourcesOf(
  figures: ReadonlyMap<string, ComparedFigure> | undefined,
  codes: readonly string[],
): string[] {
  return [...new Set(codes.flatMap((code) => figures?.get(code)?.source ?? []))].sort();
}

function benchmarkFor(
  request: CompareRequest,
  figures: FiguresByPeriod,
  neighbours: Awaited<ReturnType<typeof readStatisticalNeighbours>>,
  period: Period,
): AreaBenchmark {
  const benchmark = benchmarkOf({
    area: request.area,
    polarity: request.indicator.polarity,
    figures: figures.get(period.key) ?? new Map<string, ComparedFigure>(),
    councils: COUNCILS,
    neighbours,
  });
  const previous =
    periodsHeld(figures)
      .filter(
        (p) => p.end < period.end && typeof figures.get(p.key)?.get(request.area.code)?.value === "number",
      )
      .map((p) => ({ period: p, value: figures.get(p.key)?.get(request.area.code)?.value ?? 0 }))
      .at(-1) ?? null;
  return {
    ...benchmark,
    indicator: request.indicator,
    areaCode: request.area.code,
    period,
    model: request.model,
    previous,
    sourceKeys: sourcesOf(figures.get(period.key), [
      request.area.code,
      "E92000001",
      benchmark.regionCode ?? "",
      ...neighbours.map((n) => n.areaCode),
    ]),
  };
}

/**
 * How an area's figure for one period compares: `day` chooses the period containing it, or else
 * the latest the area has a figure for. Two statements, whatever the number of councils.
 */
export async function compareArea(
  prisma: PrismaClient,
  visibility: Visibility,
  request: CompareRequest,
  day: string | null,
): Promise<AreaBenchmark | null> {
  const [figures, neighbours] = await Promise.all([
    readsLatestOnly(request, day)
      ? readLatestComparisonFigures(prisma, visibility, [request.indicator.code], request.breakdownItem, [
          request.area.code,
        ]).then((held) => held.get(request.indicator.code) ?? new Map<string, Map<string, ComparedFigure>>())
      : comparedFigures(prisma, visibility, request),
    readStatisticalNeighbours(prisma, request.model, request.area.code),
  ]);
  const period = choosePeriod(figures, request.area.code, day);
  return period ? benchmarkFor(request, figures, neighbours, period) : null;
}

/**
 * A comparison of an area's latest count needs only that area's figures and every area's for its
 * latest period, and a ranking only the latest period's. With a day, the period may be one the
 * area has no figure for; as rates, the latest may be one without a child population, and so an
 * earlier one is compared.
 */
const readsLatestOnly = (request: Pick<CompareRequest, "perTenThousandChildren">, day: string | null) =>
  day === null && !request.perTenThousandChildren;

/** The same comparison for every period the area has a figure for, oldest first, for charts. */
export async function compareAreaOverTime(
  prisma: PrismaClient,
  visibility: Visibility,
  request: CompareRequest,
): Promise<AreaBenchmark[]> {
  const [figures, neighbours] = await Promise.all([
    comparedFigures(prisma, visibility, request),
    readStatisticalNeighbours(prisma, request.model, request.area.code),
  ]);
  return periodsHeld(figures)
    .filter((period) => figures.get(period.key)?.has(request.area.code))
    .map((period) => benchmarkFor(request, figures, neighbours, period));
}

export interface CouncilStanding {
  readonly areaCode: string;
  readonly value: number | null;
  readonly symbol: string | null;
  readonly rank: number | null;
  readonly quartile: Benchmark["quartile"];
}

export interface CouncilRanking {
  readonly indicator: Indicator;
  readonly period: Period;
  readonly england: number | null;
  readonly outOf: number;
  readonly councils: readonly CouncilStanding[];
}

/** Every council's figure, rank and band for one period (the latest, unless `day` is given). */
export async function rankCouncils(
  prisma: PrismaClient,
  visibility: Visibility,
  indicator: Indicator,
  breakdownItem: string | null,
  day: string | null,
  perChildren = false,
): Promise<CouncilRanking | null> {
  const figures = readsLatestOnly({ perTenThousandChildren: perChildren }, day)
    ? await readLatestPeriodFigures(prisma, visibility, { indicatorCode: indicator.code, breakdownItem }, [
        ...COUNCILS,
      ])
    : await comparedFigures(prisma, visibility, {
        indicator,
        breakdownItem,
        perTenThousandChildren: perChildren,
      });
  const period =
    day === null
      ? periodsHeld(figures)
          .filter((p) => [...(figures.get(p.key)?.keys() ?? [])].some((c) => COUNCILS.has(c)))
          .at(-1)
      : choosePeriod(figures, "", day);
  if (!period) return null;
  const byArea = figures.get(period.key) ?? new Map<string, ComparedFigure>();
  const councils = referenceAreas.filter((area) => COUNCILS.has(area.code) && byArea.has(area.code));
  const values = councils.flatMap((area) => {
    const value = byArea.get(area.code)?.value;
    return value === null || value === undefined ? [] : [value];
  });
  // Placed as benchmarkOf places one council, with the field sorted once rather than per council.
  const place = rankingAmong(values, indicator.polarity);
  const standings = councils.map((area): CouncilStanding => {
    const { value = null, symbol = null } = byArea.get(area.code) ?? {};
    const { rank, quartile } = value === null ? { rank: null, quartile: null } : place(value);
    return { areaCode: area.code, value, symbol, rank, quartile };
  });
  standings.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (b.value ?? -Infinity) - (a.value ?? -Infinity) ||
      a.areaCode.localeCompare(b.areaCode),
  );
  const outOf = standings.filter((s) => s.value !== null).length;
  return { indicator, period, england: byArea.get("E92000001")?.value ?? null, outOf, councils: standings };
}

/**
 * Many comparisons at once, each of one indicator's total for one area (a page of indicators):
 * the figures of every indicator in one statement (two when some ask for a day or for rates,
 * which read every period's), the populations in one more if any asks for rates, and each
 * area's neighbours once.
 */
export async function compareMany(
  prisma: PrismaClient,
  visibility: Visibility,
  requests: readonly (CompareRequest & { readonly day: string | null })[],
): Promise<(AreaBenchmark | null)[]> {
  const latestOnly = requests.filter((r) => readsLatestOnly(r, r.day));
  const others = requests.filter((r) => !readsLatestOnly(r, r.day));
  const codesOf = (some: typeof requests) => [...new Set(some.map((r) => r.indicator.code))];
  const [latestTotals, allTotals, populations] = await Promise.all([
    latestOnly.length === 0
      ? null
      : readLatestComparisonFigures(prisma, visibility, codesOf(latestOnly), null, [
          ...new Set(latestOnly.map((r) => r.area.code)),
        ]),
    others.length === 0 ? null : readComparisonTotals(prisma, visibility, codesOf(others)),
    others.some((r) => r.perTenThousandChildren) ? readPopulations(prisma, visibility) : null,
  ]);
  const neighbourSets = new Map<string, Awaited<ReturnType<typeof readStatisticalNeighbours>>>();
  for (const { model, area } of requests) {
    const key = `${model}|${area.code}`;
    if (!neighbourSets.has(key))
      neighbourSets.set(key, await readStatisticalNeighbours(prisma, model, area.code));
  }
  return requests.map((request) => {
    const totals = readsLatestOnly(request, request.day) ? latestTotals : allTotals;
    const held = totals?.get(request.indicator.code) ?? new Map<string, Map<string, ComparedFigure>>();
    const figures = request.perTenThousandChildren && populations ? toRates(held, populations) : held;
    const period = choosePeriod(figures, request.area.code, request.day);
    const neighbours = neighbourSets.get(`${request.model}|${request.area.code}`) ?? [];
    return period ? benchmarkFor(request, figures, neighbours, period) : null;
  });
}

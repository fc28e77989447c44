import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends, visibilityFor, type PrismaClient, type Visibility } from "@csc/db";
import { figureOfObservation } from "@csc/domain";
import { loadPublicStatistics } from "@csc/importer";
import { startTestApi, type TestApi } from "../testing/testApi.ts";
import { readSeriesFigures, type SeriesFiguresWanted } from "./readSeriesFigures.ts";

const SOURCE = "hcc-cabinet-2021-12-07-safeguarding";
/** Where the seed's Oct-Dec 2018 UASC arrivals stand: a figure with the same citation corrects it. */
const ARRIVALS_TABLE =
  '"Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Oct-Dec 2018"""';
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The same figures read through Prisma's relations, as series were read before the statement. */
async function readThroughPrisma(prisma: PrismaClient, visibility: Visibility, wanted: SeriesFiguresWanted) {
  const release = { select: { id: true, version: true, dataset: true, status: true } };
  const rows = await prisma.observation.findMany({
    where: {
      indicatorCode: { in: [...wanted.indicatorCodes] },
      ...(wanted.areaCodes ? { areaCode: { in: [...wanted.areaCodes] } } : {}),
      period: {
        ...(wanted.from ? { start: { gte: new Date(`${wanted.from}T00:00:00Z`) } } : {}),
        ...(wanted.to ? { end: { lte: new Date(`${wanted.to}T00:00:00Z`) } } : {}),
      },
      ...visibility.observation,
    },
    include: {
      period: true,
      source: true,
      breakdownItem: { include: { dimension: true } },
      release,
      supersededBy: { select: { replacementId: true, release } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((o) => ({
    indicatorCode: o.indicatorCode,
    sourceId: o.sourceId,
    periodStart: iso(o.period.start),
    periodEnd: iso(o.period.end),
    observation: {
      id: o.id,
      areaCode: o.areaCode,
      periodKey: o.periodKey,
      breakdown: o.breakdownItem && {
        dimensionCode: o.breakdownItem.dimensionCode,
        dimensionName: o.breakdownItem.dimension.name,
        itemCode: o.breakdownItem.code,
        itemName: o.breakdownItem.name,
        sortOrder: o.breakdownItem.sortOrder,
      },
      figure: figureOfObservation(o),
      numerator: o.numerator?.toNumber() ?? null,
      denominator: o.denominator?.toNumber() ?? null,
      source: {
        sourceId: o.source.id,
        title: o.source.title,
        citation: o.citation,
        releaseVersion: o.release.version,
        releaseDataset: o.release.dataset,
        publishedOn: o.source.publishedOn && iso(o.source.publishedOn),
      },
      release: o.release,
      supersededBy: o.supersededBy && visibility.seesRelease(o.supersededBy.release) ? o.supersededBy : null,
    },
  }));
}

describe.each(testBackends)("series figures read in one statement, on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
    await loadPublicStatistics(api.db.prisma);
    // A published correction, then a draft that corrects the correction and adds a quarter.
    await api.load(
      { dataset: `seed/${SOURCE}` },
      `uasc-arrivals,E10000014,Oct-Dec 2018,,16,,,,${SOURCE},${ARRIVALS_TABLE}`,
    );
    await api.load(
      { dataset: `seed/${SOURCE}`, status: "draft" },
      `uasc-arrivals,E10000014,Oct-Dec 2018,,15,,,,${SOURCE},${ARRIVALS_TABLE}`,
      `uasc-arrivals,E10000014,Jan-Mar 2023,,99,,,,${SOURCE},draft`,
    );
  });
  afterAll(() => api.stop());

  const asked: [string, SeriesFiguresWanted][] = [
    ["every indicator, every area", { indicatorCodes: [], areaCodes: null, from: null, to: null }],
    [
      "UASC arrivals and referrals in three areas, October 2018 to March 2021",
      {
        indicatorCodes: ["uasc-arrivals", "referrals", "referrals-by-source"],
        areaCodes: ["E10000014", "E06000044", "E09000012"],
        from: "2018-10-01",
        to: "2021-03-31",
      },
    ],
  ];

  it.each(asked)(
    "gives what Prisma's relations give for %s, to drafts' readers and to others",
    async (_, wanted) => {
      const indicatorCodes = wanted.indicatorCodes.length
        ? wanted.indicatorCodes
        : (await api.db.prisma.indicator.findMany({ select: { code: true } })).map((i) => i.code);
      for (const seesDrafts of [false, true]) {
        const visibility = visibilityFor(seesDrafts);
        const figures = await readSeriesFigures(api.db.prisma, visibility, { ...wanted, indicatorCodes });
        expect(figures).toEqual(
          await readThroughPrisma(api.db.prisma, visibility, { ...wanted, indicatorCodes }),
        );
        // What the comparison covers: breakdowns, and corrections seen or not seen.
        expect(figures.length).toBeGreaterThan(20);
        // The seed's 17 is corrected to 16 for everyone; the 16 is corrected to 15 by a draft only.
        const arrivals = figures.filter(
          (f) => f.observation.periodKey === "2018-Q4" && f.indicatorCode === "uasc-arrivals",
        );
        expect(arrivals.map((f) => [f.observation.figure, Boolean(f.observation.supersededBy)])).toEqual([
          [{ value: 17 }, true],
          [{ value: 16 }, seesDrafts],
          ...(seesDrafts ? [[{ value: 15 }, false]] : []),
        ]);
        expect(figures.some((f) => f.observation.release.status === "draft")).toBe(seesDrafts);
        expect(figures.some((f) => f.observation.breakdown)).toBe(true);
      }
    },
  );
});

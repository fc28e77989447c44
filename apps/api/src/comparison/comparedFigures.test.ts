import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readComparisonFigures,
  readComparisonTotals,
  readLatestComparisonFigures,
  readLatestPeriodFigures,
  testBackends,
  visibilityFor,
  type FiguresByPeriod,
  type PrismaClient,
  type Visibility,
} from "@csc/db";
import { referenceAreas } from "@csc/domain";
import { loadPublicStatistics } from "@csc/importer";
import { startTestApi, type TestApi } from "../testing/testApi.ts";
import { periodsHeld } from "./comparePeriods.ts";

const SOURCE = "hcc-cabinet-2021-12-07-safeguarding";

/** The rule as Prisma's relation filters state it (`Visibility.currentObservation`), read row by row. */
async function readThroughPrisma(
  prisma: PrismaClient,
  visibility: Visibility,
  indicatorCodes: readonly string[],
  breakdownItem: string | null,
): Promise<Map<string, FiguresByPeriod>> {
  const rows = await prisma.observation.findMany({
    where: {
      indicatorCode: { in: [...indicatorCodes] },
      ...(breakdownItem === null ? { breakdownItemId: null } : { breakdownItem: { code: breakdownItem } }),
      ...visibility.currentObservation,
    },
    include: { source: true },
    orderBy: { id: "asc" },
  });
  const result = new Map<string, FiguresByPeriod>();
  const official = new Set<string>();
  for (const row of rows) {
    const key = `${row.indicatorCode}|${row.periodKey}|${row.areaCode}`;
    const isOfficial = row.source.kind === "official_statistics";
    if (!isOfficial && official.has(key)) continue;
    if (isOfficial) official.add(key);
    const byPeriod = result.get(row.indicatorCode) ?? new Map();
    result.set(row.indicatorCode, byPeriod);
    const areas = byPeriod.get(row.periodKey) ?? new Map();
    byPeriod.set(row.periodKey, areas);
    areas.set(row.areaCode, {
      value: row.value?.toNumber() ?? null,
      symbol: row.symbol,
      source: row.source.key,
    });
  }
  return result;
}

/**
 * What comparing the latest figures of `areaCodes` needs, picked out of everything held: their
 * own figures, and every area's for the latest period (as the comparison orders periods) each of
 * them has a figure for.
 */
function latestOf(
  all: Map<string, FiguresByPeriod>,
  areaCodes: readonly string[],
): Map<string, FiguresByPeriod> {
  const picked = new Map<string, FiguresByPeriod>();
  for (const [code, byPeriod] of all) {
    const periods = periodsHeld(byPeriod);
    const latest = new Set(
      areaCodes.flatMap((area) => periods.filter((p) => byPeriod.get(p.key)?.has(area)).at(-1)?.key ?? []),
    );
    const kept: FiguresByPeriod = new Map();
    for (const period of periods) {
      const areas = byPeriod.get(period.key) ?? new Map();
      const keptAreas = latest.has(period.key)
        ? areas
        : new Map([...areas].filter(([area]) => areaCodes.includes(area)));
      if (keptAreas.size > 0) kept.set(period.key, keptAreas);
    }
    if (kept.size > 0) picked.set(code, kept);
  }
  return picked;
}

const figureCount = (figures: Map<string, FiguresByPeriod>) =>
  [...figures.values()].reduce(
    (sum, byPeriod) => sum + [...byPeriod.values()].reduce((n, areas) => n + areas.size, 0),
    0,
  );

describe.each(testBackends)("figures compared across councils, read in one statement, on %s", (backend) => {
  let api: TestApi;
  let indicatorCodes: string[];
  let published: number | undefined;
  beforeAll(async () => {
    api = await startTestApi(backend);
    await loadPublicStatistics(api.db.prisma);
    // A council paper's figure beside DfE's for the same year, and a draft correcting DfE's.
    await api.load({ dataset: "paper" }, `cla-count,E10000014,2022-03-31,,1700,,,,${SOURCE},paper`);
    const [dfe] = await api.db.prisma.observation.findMany({
      where: {
        indicatorCode: "cla-count",
        areaCode: "E10000014",
        periodKey: "2022-03-31",
        source: { kind: "official_statistics" },
      },
      include: { source: true },
      orderBy: { id: "desc" },
    });
    published = dfe?.value?.toNumber();
    if (!dfe)
      throw new Error("The shipped statistics have no figure for Hampshire's children looked after in 2022.");
    await api.load(
      {
        dataset: (await api.db.prisma.release.findUniqueOrThrow({ where: { id: dfe.releaseId } })).dataset,
        status: "draft",
      },
      `cla-count,E10000014,2022-03-31,,1,,,,${dfe.source.key},"${dfe.citation.replaceAll('"', '""')}"`,
    );
    indicatorCodes = (await api.db.prisma.indicator.findMany({ select: { code: true } })).map((i) => i.code);
  });
  afterAll(() => api.stop());

  it("gives what Prisma's relation filters give, to drafts' readers and to others", async () => {
    for (const seesDrafts of [false, true]) {
      const visibility = visibilityFor(seesDrafts);
      const totals = await readComparisonTotals(api.db.prisma, visibility, indicatorCodes);
      expect(totals).toEqual(await readThroughPrisma(api.db.prisma, visibility, indicatorCodes, null));
      // DfE's figure is compared, not the paper's; the draft's correction only by those who see drafts.
      const hampshire = totals.get("cla-count")?.get("2022-03-31")?.get("E10000014");
      expect(hampshire?.value).toBe(seesDrafts ? 1 : published);
      const item = await readComparisonFigures(api.db.prisma, visibility, {
        indicatorCode: "referrals-by-source",
        breakdownItem: "police",
      });
      const itemThroughPrisma = await readThroughPrisma(
        api.db.prisma,
        visibility,
        ["referrals-by-source"],
        "police",
      );
      expect(item).toEqual(itemThroughPrisma.get("referrals-by-source") ?? new Map());
      expect(item.size).toBeGreaterThan(0);
    }
  });

  it("reads for an area's latest comparison only its own figures and every area's for its latest period", async () => {
    // Hampshire; Hampshire, Southampton and England at once; the Isles of Scilly.
    for (const areaCodes of [["E10000014"], ["E10000014", "E06000045", "E92000001"], ["E06000053"]]) {
      for (const seesDrafts of [false, true]) {
        const visibility = visibilityFor(seesDrafts);
        const all = await readComparisonTotals(api.db.prisma, visibility, indicatorCodes);
        const latest = await readLatestComparisonFigures(
          api.db.prisma,
          visibility,
          indicatorCodes,
          null,
          areaCodes,
        );
        expect(latest).toEqual(latestOf(all, areaCodes));
        expect(figureCount(latest)).toBeLessThan(figureCount(all) / 2);
      }
    }
    // The draft's correction of Hampshire's latest figure is read only by those who see drafts.
    for (const seesDrafts of [false, true]) {
      const latest = await readLatestComparisonFigures(
        api.db.prisma,
        visibilityFor(seesDrafts),
        ["cla-count"],
        null,
        ["E10000014"],
      );
      expect(latest.get("cla-count")?.get("2022-03-31")?.get("E10000014")?.value).toBe(
        seesDrafts ? 1 : published,
      );
    }
    const item = await readLatestComparisonFigures(
      api.db.prisma,
      visibilityFor(false),
      ["referrals-by-source"],
      "police",
      ["E10000014"],
    );
    const itemAll = await readComparisonFigures(api.db.prisma, visibilityFor(false), {
      indicatorCode: "referrals-by-source",
      breakdownItem: "police",
    });
    expect(item).toEqual(latestOf(new Map([["referrals-by-source", itemAll]]), ["E10000014"]));
    expect(item.size).toBe(1);
  });

  it("reads for a ranking only every area's figures for the latest period with a council's", async () => {
    const councils = referenceAreas.filter((a) => a.level === "local_authority").map((a) => a.code);
    for (const seesDrafts of [false, true]) {
      const visibility = visibilityFor(seesDrafts);
      const all = await readComparisonTotals(api.db.prisma, visibility, indicatorCodes);
      let read = 0;
      for (const indicatorCode of indicatorCodes) {
        const held = all.get(indicatorCode) ?? new Map();
        const latest = periodsHeld(held)
          .filter((p) => councils.some((c) => held.get(p.key)?.has(c)))
          .at(-1);
        const figures = await readLatestPeriodFigures(
          api.db.prisma,
          visibility,
          { indicatorCode, breakdownItem: null },
          councils,
        );
        expect(figures).toEqual(latest ? new Map([[latest.key, held.get(latest.key)]]) : new Map());
        read += figures.size;
      }
      expect(read).toBeGreaterThan(10);
    }
  });
});

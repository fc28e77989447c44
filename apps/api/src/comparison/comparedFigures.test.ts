import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readComparisonFigures,
  readComparisonTotals,
  testBackends,
  visibilityFor,
  type FiguresByPeriod,
  type PrismaClient,
  type Visibility,
} from "@csc/db";
import { loadPublicStatistics } from "@csc/importer";
import { startTestApi, type TestApi } from "../testing/testApi.ts";

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
});

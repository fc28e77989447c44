import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@csc/db";
import { readCsv } from "../csv/readCsv.ts";
import { readFiguresCsv } from "../figures/readFiguresCsv.ts";
import { syncCatalogues } from "../seed/syncReferenceData.ts";
import { loadRelease, type ReleaseDetails } from "./loadRelease.ts";

const HEADER = "indicator,area,period,breakdown,value,qualifier,numerator,denominator,source,citation";
const context = { areaCodes: new Set(["E10000014"]), sourceKeys: new Set(["cabinet"]) };
const figures = (...lines: string[]) =>
  readFiguresCsv(readCsv("f.csv", new TextEncoder().encode([HEADER, ...lines].join("\n"))), context);

const arrivals = [
  "uasc-arrivals,E10000014,Oct-Dec 2018,,17,,,,cabinet,Arrivals table",
  "cla-starts-uasc,E10000014,Oct-Dec 2018,,19,,,,cabinet,CLA table",
  "referrals-by-source,E10000014,2020-21,referral-source=police,5803,,,,cabinet,Referrals table",
];

describe.each(testBackends)("loadRelease on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await db.prisma.$transaction((tx) => syncCatalogues(tx));
    await db.prisma.source.create({
      data: {
        key: "cabinet",
        title: "Cabinet report",
        body: "HCC",
        document: "004.txt",
        kind: "council_report",
      },
    });
  });
  afterAll(() => db.destroy());

  const load = (details: Partial<ReleaseDetails>, records: ReturnType<typeof figures>) =>
    db.prisma.$transaction((tx) =>
      loadRelease(
        tx,
        { dataset: "test", checksum: "a", createdBy: "test", status: "published", ...details },
        records,
      ),
    );
  const current = async (indicatorCode: string) =>
    db.prisma.observation.findMany({
      where: { indicatorCode, supersededBy: null },
      include: { release: true, breakdownItem: true, period: true },
    });

  it("loads figures as a release, keeping both of two disagreeing tables", async () => {
    const result = await load({ checksum: "v1" }, figures(...arrivals));
    expect(result).toMatchObject({ release: { version: 1 }, inserted: 3, revised: 0, unchanged: 0 });
    const [uasc] = await current("uasc-arrivals");
    const [starts] = await current("cla-starts-uasc");
    expect(uasc?.value?.toNumber()).toBe(17);
    expect(starts?.value?.toNumber()).toBe(19);
    expect(uasc?.period).toMatchObject({ key: "2018-Q4", label: "Oct–Dec 2018", kind: "quarter" });
    const [police] = await current("referrals-by-source");
    expect(police?.breakdownItem?.code).toBe("police");
    expect(police?.release.status).toBe("published");
  });

  it("changes nothing when the same file is loaded again", async () => {
    expect(await load({ checksum: "v1" }, figures(...arrivals))).toEqual({
      release: null,
      inserted: 0,
      revised: 0,
      unchanged: 3,
      earlierEdition: 0,
    });
    expect(await db.prisma.release.count()).toBe(1);
  });

  it("creates no release when a changed file changes no figure", async () => {
    expect(
      (await load({ checksum: "v1-reordered" }, figures(...[...arrivals].reverse()))).release,
    ).toBeNull();
    expect(await db.prisma.observation.count()).toBe(3);
  });

  it("records a corrected figure as a revision that keeps the old value", async () => {
    const corrected = [arrivals[0]?.replace(",17,", ",18,") ?? "", ...arrivals.slice(1)];
    const result = await load({ checksum: "v2", status: "draft" }, figures(...corrected));
    expect(result).toMatchObject({ release: { version: 2 }, inserted: 0, revised: 1, unchanged: 2 });
    const all = await db.prisma.observation.findMany({
      where: { indicatorCode: "uasc-arrivals" },
      include: { supersededBy: { include: { release: true, replacement: true } }, release: true },
      orderBy: { id: "asc" },
    });
    expect(all.map((o) => [o.value?.toNumber(), o.release.version, o.release.status])).toEqual([
      [17, 1, "published"],
      [18, 2, "draft"],
    ]);
    expect(all[0]?.supersededBy?.release.version).toBe(2);
    expect(all[0]?.supersededBy?.replacement.value?.toNumber()).toBe(18);
  });

  it("replaces a value by a symbol as a revision too", async () => {
    const suppressed = [arrivals[0]?.replace(",17,", ",c,") ?? ""];
    const result = await load({ checksum: "v3" }, figures(...suppressed));
    expect(result).toMatchObject({ revised: 1 });
    const [latest] = await current("uasc-arrivals");
    expect(latest?.symbol).toBe("c");
    expect(latest?.value).toBeNull();
  });

  it("adds a new quarter to a table already held, alongside the figures it repeats", async () => {
    const nextQuarter = "uasc-arrivals,E10000014,Jan-Mar 2019,,12,,,,cabinet,Arrivals table";
    const result = await load({ checksum: "v4" }, figures(...arrivals.slice(1), nextQuarter));
    expect(result).toMatchObject({ release: { version: 4 }, inserted: 1, revised: 0, unchanged: 2 });
    const held = await current("uasc-arrivals");
    expect(held.map((o) => [o.period.key, o.value?.toNumber() ?? o.symbol]).sort()).toEqual([
      ["2018-Q4", "c"],
      ["2019-Q1", 12],
    ]);
  });

  it("refuses figures naming codes the database does not hold, even when a reader let them through", async () => {
    const before = await db.prisma.observation.count();
    const unknownArea = readFiguresCsv(
      readCsv(
        "f.csv",
        new TextEncoder().encode(`${HEADER}\ncontacts,E10000999,2016-17,,70000,,,,cabinet,Contacts table`),
      ),
      { ...context, areaCodes: new Set(["E10000999"]) },
    );
    await expect(load({ dataset: "unknown", checksum: "u1" }, unknownArea)).rejects.toThrow(
      /codes the database does not hold: area E10000999/,
    );
    expect(await db.prisma.observation.count()).toBe(before);
    expect(await db.prisma.release.count({ where: { dataset: "unknown" } })).toBe(0);
  });

  it("writes nothing when the transaction around it fails", async () => {
    const before = await db.prisma.observation.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await loadRelease(
          tx,
          { dataset: "other", checksum: "x", createdBy: "test", status: "published" },
          figures("contacts,E10000014,2015-16,,77934,,,,cabinet,Contacts table"),
        );
        throw new Error("the next file failed");
      }),
    ).rejects.toThrow("the next file failed");
    expect(await db.prisma.observation.count()).toBe(before);
    expect(await db.prisma.release.count({ where: { dataset: "other" } })).toBe(0);
    expect(await db.prisma.period.count({ where: { key: "FY2015-16" } })).toBe(0);
  });
});

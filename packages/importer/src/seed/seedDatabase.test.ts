import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, projectPaths, readDataVersion, testBackends, type TestDatabase } from "@csc/db";
import { parseFigure, parsePeriod } from "@csc/domain";
import { ImportValidationError } from "../importProblem.ts";
import { seedDatabase } from "./seedDatabase.ts";

interface FileRow {
  indicator: string;
  area: string;
  period: string;
  breakdown: string;
  value: string;
  qualifier: string;
  numerator: string;
  denominator: string;
  source: string;
  citation: string;
}

const figuresDirectory = path.join(projectPaths.seedData, "figures");

async function dataFileRows(): Promise<{ file: string; row: FileRow }[]> {
  const names = (await readdir(figuresDirectory)).filter((name) => name.endsWith(".csv"));
  const rows: { file: string; row: FileRow }[] = [];
  for (const file of names) {
    const text = await readFile(path.join(figuresDirectory, file), "utf8");
    for (const row of parse<FileRow>(text, { columns: true, bom: true })) rows.push({ file, row });
  }
  return rows;
}

const numberOrNull = (text: string) => (text ? Number(text.replace(/,/g, "")) : null);

describe.each(testBackends)("seedDatabase on %s", (backend) => {
  let db: TestDatabase;
  let firstRun: Awaited<ReturnType<typeof seedDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    firstRun = await seedDatabase(db.prisma);
  });
  afterAll(() => db.destroy());

  it("loads each figures file as a published release", async () => {
    const files = await readdir(figuresDirectory);
    expect(firstRun.files.map((f) => f.dataset).sort()).toEqual(
      files.map((name) => `seed/${name.replace(/\.csv$/, "")}`).sort(),
    );
    for (const file of firstRun.files) expect(file.result.inserted).toBe(file.figures);
    expect(await db.prisma.release.count({ where: { status: "published" } })).toBe(files.length);
  });

  it("holds every figure in the data files exactly, with its source and citation", async () => {
    const rows = await dataFileRows();
    const observations = await db.prisma.observation.findMany({
      include: { source: true, breakdownItem: true, release: true },
    });
    expect(observations).toHaveLength(rows.length);
    for (const { file, row } of rows) {
      const where = `${file}: ${row.indicator} ${row.period} ${row.breakdown} (${row.citation})`;
      const match = observations.filter(
        (o) =>
          o.indicatorCode === row.indicator &&
          o.areaCode === row.area &&
          o.periodKey === parsePeriod(row.period).period.key &&
          (o.breakdownItem ? `${o.breakdownItem.dimensionCode}=${o.breakdownItem.code}` : "") ===
            row.breakdown &&
          o.source.key === row.source &&
          o.citation === row.citation,
      );
      expect(match, where).toHaveLength(1);
      const [observation] = match;
      const { figure } = parseFigure(row.value);
      expect(observation?.value?.toNumber() ?? null, where).toBe(figure.value ?? null);
      expect(observation?.symbol ?? null, where).toBe(figure.symbol ?? null);
      expect(observation?.qualifier ?? null, where).toBe(row.qualifier || null);
      expect(observation?.numerator?.toNumber() ?? null, where).toBe(numberOrNull(row.numerator));
      expect(observation?.denominator?.toNumber() ?? null, where).toBe(numberOrNull(row.denominator));
      expect(observation?.release.dataset, where).toBe(`seed/${file.replace(/\.csv$/, "")}`);
    }
  });

  it("keeps both figures where the report disagrees with itself", async () => {
    const values = async (indicatorCode: string, periodKey: string) =>
      (await db.prisma.observation.findMany({ where: { indicatorCode, periodKey, areaCode: "E10000014" } }))
        .map((o) => o.value?.toNumber() ?? Number.NaN)
        .sort((a, b) => a - b);
    expect(await values("uasc-arrivals", "2018-Q4")).toEqual([17]);
    expect(await values("cla-starts-uasc", "2018-Q4")).toEqual([19]);
    expect(await values("uasc-arrivals", "2020-Q3")).toEqual([18]);
    expect(await values("cla-starts-uasc", "2020-Q3")).toEqual([20]);
    expect(await values("contacts", "FY2017-18")).toEqual([77934, 106010]);
    const advice = await db.prisma.observation.findMany({
      where: { indicatorCode: "lado-cases-reviewed", breakdownItem: { code: "advice-and-concern" } },
      include: { source: true },
    });
    expect(advice.map((o) => [o.source.key, o.value?.toNumber()]).sort()).toEqual([
      ["hcc-cpb-2023-03-28-residential-review-addendum", 306],
      ["hcc-cpb-2023-03-28-residential-review-summary", 307],
    ]);
  });

  it("loads the sources, areas, catalogue and annotations the figures refer to", async () => {
    expect(
      await db.prisma.source.findUnique({ where: { key: "hcc-cabinet-2021-12-07-safeguarding" } }),
    ).toMatchObject({
      title: "Annual Safeguarding Report – Children's Services 2020-21",
      meeting: "Cabinet, 7 December 2021",
      document: "004_56d6c5731dd86a7b.txt",
      kind: "council_report",
    });
    expect(await db.prisma.area.findUnique({ where: { code: "E10000014" } })).toMatchObject({
      name: "Hampshire",
      laNumber: 850,
      parentCode: "E12000008",
    });
    expect(await db.prisma.indicator.findUnique({ where: { code: "uasc-arrivals" } })).toMatchObject({
      kind: "flow",
    });
    const lockdown = await db.prisma.annotation.findUnique({ where: { key: "covid-lockdown-1" } });
    expect(lockdown?.startsOn.toISOString().slice(0, 10)).toBe("2020-03-23");
  });

  it("changes nothing when run again, not even the data version kept answers are keyed by", async () => {
    const version = await readDataVersion(db.prisma);
    const again = await seedDatabase(db.prisma);
    expect(again.files.every((f) => f.result.release === null)).toBe(true);
    expect(await db.prisma.release.count()).toBe(firstRun.files.length);
    expect(await readDataVersion(db.prisma)).toBe(version);
  });

  it("puts back reference data that differs from the shipped catalogues and files", async () => {
    await db.prisma.area.update({
      where: { code: "E10000014" },
      data: { name: "Hants", formerCodes: ["X"] },
    });
    await db.prisma.indicator.update({
      where: { code: "referrals-by-source" },
      data: { dimensionCode: null },
    });
    await db.prisma.breakdownItem.updateMany({ data: { sortOrder: 99 } });
    await db.prisma.source.update({
      where: { key: "hcc-cabinet-2021-12-07-safeguarding" },
      data: { publishedOn: new Date("2000-01-01T00:00:00Z") },
    });
    await db.prisma.annotation.update({ where: { key: "covid-lockdown-1" }, data: { endsOn: null } });
    const version = await readDataVersion(db.prisma);
    await seedDatabase(db.prisma);
    expect(await readDataVersion(db.prisma)).not.toBe(version);
    expect(await db.prisma.area.findUnique({ where: { code: "E10000014" } })).toMatchObject({
      name: "Hampshire",
      formerCodes: [],
    });
    expect(await db.prisma.breakdownItem.count({ where: { sortOrder: 99 } })).toBe(0);
    const shipped = await db.prisma.source.findUnique({
      where: { key: "hcc-cabinet-2021-12-07-safeguarding" },
    });
    expect(shipped?.publishedOn?.getFullYear()).not.toBe(2000);
    const lockdown = await db.prisma.annotation.findUnique({ where: { key: "covid-lockdown-1" } });
    expect(lockdown?.endsOn).not.toBeNull();
    const bySource = await db.prisma.indicator.findUnique({ where: { code: "referrals-by-source" } });
    expect(bySource?.dimensionCode).toBe("referral-source");
  });

  it("files what is held under a council's former code under its current one", async () => {
    // E08000016 is Barnsley's former code; a database from before the register may hold it.
    await db.prisma.area.update({ where: { code: "E08000038" }, data: { laNumber: null } });
    await db.prisma.area.create({
      data: { code: "E08000016", name: "Barnsley", level: "local_authority", laNumber: 370 },
    });
    const figure = await db.prisma.observation.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.prisma.observation.update({ where: { id: figure.id }, data: { areaCode: "E08000016" } });
    await seedDatabase(db.prisma);
    expect(await db.prisma.area.findUnique({ where: { code: "E08000016" } })).toBeNull();
    expect(await db.prisma.area.findUnique({ where: { code: "E08000038" } })).toMatchObject({
      laNumber: 370,
    });
    const moved = await db.prisma.observation.findUniqueOrThrow({ where: { id: figure.id } });
    expect(moved.areaCode).toBe("E08000038");
    await db.prisma.observation.update({ where: { id: figure.id }, data: { areaCode: figure.areaCode } });
  });

  it("refuses a broken data file and leaves the database as it was", async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), "csc-seed-"));
    try {
      await cp(projectPaths.seedData, scratch, { recursive: true });
      const broken = path.join(scratch, "figures", "hcc-cabinet-2021-12-07-safeguarding.csv");
      const text = await readFile(broken, "utf8");
      // A corrected figure in one file and a typo in another: neither may land.
      await writeFile(
        broken,
        text.replace(
          "uasc-arrivals,E10000014,Jan - Mar 2018,,14,",
          "uasc-arrivals,E10000014,Jan - Mar 2018,,15,",
        ),
      );
      await writeFile(
        path.join(scratch, "figures", "zz-broken.csv"),
        "indicator,area,period,value,source,citation\ncontacts,E10000014,2021-21,126153,hcc-cabinet-2021-12-07-safeguarding,T\n",
      );
      const before = await db.prisma.observation.count();
      const error: unknown = await seedDatabase(db.prisma, scratch).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportValidationError);
      const problems = (error as ImportValidationError).problems;
      expect(problems.map((p) => [path.basename(p.file), p.line, p.column, p.value])).toEqual([
        ["zz-broken.csv", 2, "period", "2021-21"],
      ]);
      expect(await db.prisma.observation.count()).toBe(before);
      expect(await db.prisma.revision.count()).toBe(0);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

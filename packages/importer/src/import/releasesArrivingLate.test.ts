import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@csc/db";
import { publicStatisticsDirectory } from "../demo/loadPublicStatistics.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { importFiles } from "./importFiles.ts";

const edition = (years: string) => {
  const name = `cla_number_and_rate_per_10k_children_${years}.csv`;
  return { name, bytes: readFileSync(path.join(publicStatisticsDirectory, "dfe-cla-numbers", name)) };
};

/** pg warns when one connection is asked two things at once, which pg 9 will refuse. */
const warnings: string[] = [];
process.on("warning", (warning) => {
  if (warning.name === "DeprecationWarning") warnings.push(warning.message);
});

/** Hampshire's children looked after at 31 March 2022: 1,724 in the 2022 edition, 1,726 from 2025's. */
describe.each(testBackends)("an earlier edition imported after a later one on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.destroy());

  const hampshire2022 = () =>
    db.prisma.observation.findMany({
      where: {
        indicatorCode: "cla-count",
        areaCode: "E10000014",
        periodKey: "2022-03-31",
        source: { key: "dfe-children-looked-after" },
      },
      select: {
        value: true,
        release: { select: { asOf: true } },
        supersededBy: { select: { replacement: { select: { value: true } } } },
      },
      orderBy: { id: "asc" },
    });

  it("adds history without correcting the newer figure", async () => {
    await importFiles(db.prisma, [edition("2021_2025")], { createdBy: "author", publish: true });
    const late = await importFiles(db.prisma, [edition("2018_2022")], { createdBy: "author", publish: true });
    expect(late.files[0]?.result.earlierEdition).toBeGreaterThan(0);
    const figures = await hampshire2022();
    expect(figures.map((f) => f.value?.toNumber())).toEqual([1726, 1724]);
    const [current, earlier] = figures;
    expect(current?.supersededBy).toBeNull();
    expect(earlier?.supersededBy?.replacement.value?.toNumber()).toBe(1726);
    expect(current?.release.asOf?.toISOString().slice(0, 10)).toBe("2025-03-31");
    expect(earlier?.release.asOf?.toISOString().slice(0, 10)).toBe("2022-03-31");
  });

  it("keeps the latest edition current when another earlier one arrives", async () => {
    await importFiles(db.prisma, [edition("2019_2023")], { createdBy: "author", publish: true });
    const current = (await hampshire2022()).filter((f) => f.supersededBy === null);
    expect(current.map((f) => f.value?.toNumber())).toEqual([1726]);
  });
  it("never asks the database connection two things at once inside an import", () => {
    expect(warnings.filter((message) => /already executing a query/.test(message))).toEqual([]);
  });
});

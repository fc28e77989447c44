import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@csc/db";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { loadNationalStatistics, nationalStatisticsFiles } from "./loadNationalStatistics.ts";
import { loadPublicStatistics } from "./loadPublicStatistics.ts";

describe.each(testBackends)("every council's figures from DfE's national files on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
    await loadPublicStatistics(db.prisma);
  });
  afterAll(() => db.destroy());

  const figures = (indicatorCode: string, areaCode: string, periodKey: string) =>
    db.prisma.observation.findMany({
      where: { indicatorCode, areaCode, periodKey, breakdownItemId: null },
      select: { value: true, symbol: true },
    });

  it("imports every shipped tidy file with no edit, mapped or not", async () => {
    const files = await nationalStatisticsFiles();
    expect(files.map((file) => file.name.split("/").pop())).toEqual([
      "b1_children_in_need_2013_to_2025.csv",
      "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
      "cla_number_and_rate_per_10k_children.csv",
      "csww_indicators_2017_to_2025.csv",
      "d5_cpps_at31march_by_duration_2013_to_2025.csv",
      "la_cla_placement_stability.csv",
      "ons_mid-year_population_estimates_2012_to_2024.csv",
    ]);
    const summary = await loadNationalStatistics(db.prisma);
    expect(summary.files.map((file) => [file.dataset, file.result.revised])).toEqual([
      ["dfe-cin-children-in-need", 0],
      ["dfe-cin-referrals", 0],
      ["dfe-cla-numbers-and-rates", 0],
      ["dfe-social-work-workforce", 0],
      ["dfe-cin-protection-plans", 0],
      ["dfe-cla-placement-stability", 0],
      ["ons-child-population", 0],
    ]);
    // The second start reads nothing again.
    expect((await loadNationalStatistics(db.prisma)).files).toEqual([]);
  });

  it("holds figures for councils beyond Hampshire's neighbours (Hackney)", async () => {
    expect(await figures("cla-count", "E09000012", "2025-03-31")).toEqual([
      expect.objectContaining({ value: expect.anything() }),
    ]);
  });

  it("keeps North Yorkshire one council across its 2023 code change", async () => {
    const before = await figures("cpp-count", "E06000065", "2013-03-31");
    const after = await figures("cpp-count", "E06000065", "2025-03-31");
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(await db.prisma.observation.count({ where: { areaCode: "E10000023" } })).toBe(0);
  });

  it("keeps a joint return's figures apart from its councils'", async () => {
    const joint = await db.prisma.observation.count({
      where: { areaCode: "E06000061 / E06000062", indicatorCode: "sw-fte" },
    });
    expect(joint).toBeGreaterThan(0);
    expect(
      await db.prisma.observation.count({ where: { areaCode: "E06000061", indicatorCode: "sw-fte" } }),
    ).toBe(0);
  });

  it("maps placement stability to the catalogue's LAIT measures, and the ONS estimates to mid-year populations", async () => {
    expect(await figures("cla-placements-3-or-more", "E10000014", "FY2024-25")).toHaveLength(1);
    expect(await figures("cla-long-term-placement-stability", "E10000014", "2025-03-31")).toHaveLength(1);
    expect(await figures("child-population", "E10000014", "2024-06-30")).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, visibilityFor, type TestDatabase } from "@csc/db";
import { loadPublicStatistics } from "../demo/loadPublicStatistics.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { checkDataQuality } from "./checkDataQuality.ts";

describe.each(testBackends)("the data-quality check, reading figures a page at a time, on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
    await loadPublicStatistics(db.prisma);
  }, 120_000);
  afterAll(() => db.destroy());

  it("finds the same issues in pages of 7 figures as in one read of every figure", async () => {
    const scope = { visibility: visibilityFor(true) };
    const figures = await db.prisma.observation.count();
    const whole = await checkDataQuality(db.prisma, scope, figures + 1);
    expect(whole.length).toBeGreaterThan(0);
    expect(await checkDataQuality(db.prisma, scope, 7)).toEqual(whole);
  });

  it("limits the issues to a release's figures when asked, across pages", async () => {
    const [flagged] = (await checkDataQuality(db.prisma, { visibility: visibilityFor(true) })).flatMap(
      (issue) => issue.figures,
    );
    const { releaseId } = await db.prisma.observation.findUniqueOrThrow({
      where: { id: flagged?.id ?? -1 },
      select: { releaseId: true },
    });
    const scope = { visibility: visibilityFor(true), releaseIds: [releaseId] };
    const whole = await checkDataQuality(db.prisma, scope, 1_000_000);
    expect(whole.length).toBeGreaterThan(0);
    expect(await checkDataQuality(db.prisma, scope, 7)).toEqual(whole);
    const inRelease = new Set(
      (await db.prisma.observation.findMany({ where: { releaseId }, select: { id: true } })).map((o) => o.id),
    );
    for (const issue of whole) expect(issue.figures.some((figure) => inRelease.has(figure.id))).toBe(true);
  });
});

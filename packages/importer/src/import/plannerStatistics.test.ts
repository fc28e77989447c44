import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  plannerStatisticsMissing,
  rawQuery,
  testBackends,
  type TestDatabase,
} from "@csc/db";
import { loadPublicStatistics } from "../demo/loadPublicStatistics.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";

/** What PostgreSQL's planner believes the figures' table holds: -1 until it is first analysed. */
async function estimatedFigures(db: TestDatabase): Promise<number> {
  const raw = rawQuery(db, 1);
  try {
    const [row] = await raw.run(
      `SELECT "reltuples"::float8 AS n FROM pg_class WHERE oid = '"Observation"'::regclass`,
      [],
    );
    return Number(row?.n);
  } finally {
    await raw.close();
  }
}

describe.each(testBackends)("planner statistics after loading figures, on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db.destroy());

  it("are missing in a fresh database", async () => {
    expect(await plannerStatisticsMissing(db.prisma)).toBe(true);
  });

  it("count the seed's figures once it is loaded, and an import's once it is committed", async () => {
    await seedDatabase(db.prisma);
    const seeded = await db.prisma.observation.count();
    expect(await plannerStatisticsMissing(db.prisma)).toBe(false);
    // ANALYZE counts a table this small in full.
    expect(await estimatedFigures(db)).toBe(seeded);
    await loadPublicStatistics(db.prisma);
    const imported = await db.prisma.observation.count();
    expect(imported).toBeGreaterThan(seeded);
    expect(await estimatedFigures(db)).toBe(imported);
  });
});

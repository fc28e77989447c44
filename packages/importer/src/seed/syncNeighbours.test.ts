import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@csc/db";
import type { NeighbourRow } from "./readNeighbourModels.ts";
import { seedDatabase } from "./seedDatabase.ts";
import { syncNeighbours } from "./syncReferenceData.ts";

describe.each(testBackends)("the neighbour models held, on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.destroy());

  const held = (): Promise<NeighbourRow[]> =>
    db.prisma.statisticalNeighbour.findMany({
      select: { model: true, areaCode: true, position: true, neighbourCode: true, closeness: true },
      orderBy: [{ model: "asc" }, { areaCode: "asc" }, { position: "asc" }],
    });
  /** Each row's version in PostgreSQL: a row written again gets a new one. */
  const rowVersions = () =>
    db.prisma.$queryRawUnsafe<{ xmin: string }[]>(
      `SELECT xmin::text FROM "StatisticalNeighbour" ORDER BY model, "areaCode", position`,
    );

  it("are not written again when DfE's files are unchanged, as at every start after the first", async () => {
    const rows = await held();
    expect(rows.length).toBeGreaterThan(3_000);
    const versions = await rowVersions();
    await db.prisma.$transaction((tx) => syncNeighbours(tx, rows));
    expect(await held()).toEqual(rows);
    expect(await rowVersions()).toEqual(versions);
  });

  it("become exactly what the files say when a file changes, and go back when it does", async () => {
    const rows = await held();
    const changed = rows.slice(1).map((row, i) => (i === 0 ? { ...row, closeness: "Not close" } : row));
    await db.prisma.$transaction((tx) => syncNeighbours(tx, changed));
    expect(await held()).toEqual(changed);
    await db.prisma.$transaction((tx) => syncNeighbours(tx, rows));
    expect(await held()).toEqual(rows);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "./databaseConfig.ts";
import { readMigrationsFolder } from "./migrations/migrationsFolder.ts";
import { openMigratedDatabase } from "./openMigratedDatabase.ts";
import { createEmptyTestDatabase, testBackends, type TestBackend } from "./testing/testDatabase.ts";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function emptyDatabase(backend: TestBackend): Promise<DatabaseConfig> {
  const empty = await createEmptyTestDatabase(backend);
  cleanups.push(() => empty.remove());
  return empty.config;
}

const everyMigration = async () => (await readMigrationsFolder()).migrationDirectories.map((d) => d.path);

describe.each(testBackends)("opening a migrated database on %s", (backend) => {
  it("applies every migration to a new database, and nothing the next time it is opened", async () => {
    const config = await emptyDatabase(backend);
    const first = await openMigratedDatabase(config);
    try {
      expect(first.applied).toEqual(await everyMigration());
      await first.db.prisma.source.create({
        data: {
          key: "kept",
          title: "Kept between openings",
          body: "Test",
          document: "kept.csv",
          kind: "official_statistics",
        },
      });
    } finally {
      await first.db.close();
    }
    const second = await openMigratedDatabase(config);
    try {
      expect(second.applied).toEqual([]);
      expect(await second.db.prisma.source.count({ where: { key: "kept" } })).toBe(1);
    } finally {
      await second.db.close();
    }
  }, 60_000);
});

describe("opening a migrated database in memory", () => {
  it("migrates the very database it opens, not another one", async () => {
    const { db, applied } = await openMigratedDatabase({ kind: "pglite", directory: null });
    try {
      expect(applied).toEqual(await everyMigration());
      expect(await db.prisma.indicator.count()).toBe(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});

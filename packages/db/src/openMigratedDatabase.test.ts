import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "./databaseConfig.ts";
import { readMigrationsFolder } from "./migrations/migrationsFolder.ts";
import { openMigratedDatabase } from "./openMigratedDatabase.ts";
import { testBackends } from "./testing/testDatabase.ts";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A new, empty database: a directory of its own, or a database on the test server. */
async function emptyDatabase(backend: "pglite" | "postgresql"): Promise<DatabaseConfig> {
  if (backend === "pglite") {
    const directory = await mkdtemp(path.join(tmpdir(), "csc-migrated-"));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    return { kind: "pglite", directory };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `csc_migrated_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const cleaner = new pg.Client({ connectionString: adminUrl });
    await cleaner.connect();
    await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleaner.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { kind: "postgresql", url: url.toString() };
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

import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "../databaseConfig.ts";
import type { ClientOptions, Database } from "../openDatabase.ts";
import { openMigratedDatabase } from "../openMigratedDatabase.ts";

export type TestBackend = "pglite" | "postgresql";

/**
 * Every data test runs on the embedded PGlite; it also runs on PostgreSQL when TEST_DATABASE_URL
 * names a server the tests may create and drop databases on (CI sets it).
 */
export const testBackends: readonly TestBackend[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgresql"]
  : ["pglite"];

export interface TestDatabase extends Database {
  /** Closes the connection and deletes the database. */
  destroy(): Promise<void>;
}

/** A database of its own, not yet migrated, and how to delete it. */
export interface EmptyTestDatabase {
  readonly config: DatabaseConfig;
  remove(): Promise<void>;
}

/** A new, empty, unmigrated database: a directory of its own, or a database on the test server. */
export async function createEmptyTestDatabase(backend: TestBackend): Promise<EmptyTestDatabase> {
  if (backend === "pglite") {
    const directory = await mkdtemp(path.join(tmpdir(), "csc-test-"));
    return {
      config: { kind: "pglite", directory },
      remove: () => rm(directory, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set.");
  const name = `csc_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: "postgresql", url: url.toString() },
    async remove() {
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleaner.end();
    },
  };
}

/** A fresh, migrated, empty database of its own for one test file. */
export async function createTestDatabase(
  backend: TestBackend,
  clientOptions: ClientOptions = {},
): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(backend);
  const { db: database } = await openMigratedDatabase(empty.config, clientOptions);
  return {
    ...database,
    async destroy() {
      await database.close();
      await empty.remove();
    },
  };
}

import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./databaseConfig.ts";
import { deployMigrations, deployMigrationsThrough } from "./migrations/migrationCommands.ts";
import { asPglite, openDatabase, type ClientOptions, type Database } from "./openDatabase.ts";

export interface MigratedDatabase {
  readonly db: Database;
  /** The migrations this opening applied, oldest first; empty when the schema was up to date. */
  readonly applied: string[];
}

/**
 * Opens the database and brings its schema up to date. An embedded database is migrated through
 * the PGlite the database itself then uses: migrating first and opening after started PGlite
 * twice, about half a second of every start (docs/benchmarks.md), and an in-memory database
 * opened after its migrations would be a new, empty one.
 */
export async function openMigratedDatabase(
  config: DatabaseConfig,
  clientOptions: ClientOptions = {},
): Promise<MigratedDatabase> {
  const db = await openDatabase(config, clientOptions);
  try {
    const applied = db.pglite
      ? await deployMigrationsThrough(new PrismaPGlite(asPglite(db.pglite)))
      : await deployMigrations(config);
    return { db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}

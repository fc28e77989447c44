import pg from "pg";
import type { Database } from "../openDatabase.ts";

/** Runs hand-written SQL with positional parameters, returning the rows. */
export type RawQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * The raw driver a benchmark's baseline uses: PGlite's own `query` for the embedded database, a
 * `pg` pool of `connections` for PostgreSQL. No Prisma between the SQL and the rows.
 */
export function rawQuery(db: Database, connections = 10): { run: RawQuery; close: () => Promise<void> } {
  if (db.pglite) {
    const pglite = db.pglite;
    return {
      run: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
      close: async () => {},
    };
  }
  if (db.config.kind !== "postgresql") throw new Error("An embedded database without PGlite.");
  const pool = new pg.Pool({ connectionString: db.config.url, max: connections });
  return {
    run: async (sql, params) => (await pool.query<Record<string, unknown>>(sql, params)).rows,
    close: () => pool.end(),
  };
}

import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "../databaseConfig.ts";
import { asPglite, openPglite } from "../openDatabase.ts";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The schema engine's catalogue queries return PostgreSQL's internal "char" type, which adapter-pg
 * 7.10 cannot deserialise; reporting those columns as text lets migrations run against a server.
 */
class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => {
        for (const field of res.fields) {
          if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        }
        return res;
      }) as never;
    }
    return result as never;
  }
}

/**
 * adapter-pg 7.10 runs a migration by splitting it at every ";", which cuts a PL/pgSQL function
 * body apart ("unterminated dollar-quoted string"). PostgreSQL runs a whole script sent as one
 * simple query, in one transaction, as Prisma's own engine and the PGlite adapter send it.
 */
function sendingScriptsWhole(pool: pg.Pool, adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      const { code, severity, message, detail, column, hint } = error as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: "postgres",
        code: code ?? "N/A",
        severity: severity ?? "N/A",
        message,
        detail,
        column,
        hint,
      });
    }
  };
  return adapter;
}

export interface MigrationTarget {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** A driver adapter for the schema engine. The engine never disposes it, so `close` must be called. */
export async function openMigrationTarget(config: DatabaseConfig): Promise<MigrationTarget> {
  if (config.kind === "pglite") {
    const embedded = await openPglite(config.directory);
    return { adapterFactory: new PrismaPGlite(asPglite(embedded.pglite)), close: () => embedded.close() };
  }
  const pool = new pg.Pool({ connectionString: config.url, Client: CharAsTextClient, max: 2 });
  const factory = new PrismaPg(pool);
  return {
    adapterFactory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => sendingScriptsWhole(pool, await factory.connect()),
      // Never used: migrations are diffed against a fresh PGlite, not a shadow database.
      connectToShadowDb: () => factory.connectToShadowDb(),
    },
    close: () => pool.end(),
  };
}

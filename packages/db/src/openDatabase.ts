import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client.ts";
import type { DatabaseConfig } from "./databaseConfig.ts";

export type { PrismaClient } from "./generated/prisma/client.ts";

/** Options passed through to PrismaClient, such as query logging for statement-count tests. */
export type ClientOptions = Pick<Prisma.PrismaClientOptions, "log" | "transactionOptions" | "errorFormat">;

export interface Database {
  readonly config: DatabaseConfig;
  readonly prisma: PrismaClient;
  /** The PGlite instance behind an embedded database, for raw set-based SQL; null on PostgreSQL. */
  readonly pglite: PGlite | null;
  close(): Promise<void>;
}

export async function openPglite(directory: string | null): Promise<PGlite> {
  if (directory) mkdirSync(directory, { recursive: true });
  return PGlite.create(directory ?? undefined);
}

export async function openDatabase(
  config: DatabaseConfig,
  clientOptions: ClientOptions = {},
): Promise<Database> {
  if (config.kind === "pglite") {
    const pglite = await openPglite(config.directory);
    const prisma = new PrismaClient({ ...clientOptions, adapter: new PrismaPGlite(pglite) });
    return {
      config,
      prisma,
      pglite,
      async close() {
        await prisma.$disconnect();
        // The adapter's dispose() does not close PGlite, and an open instance keeps the process alive.
        await pglite.close();
      },
    };
  }
  const prisma = new PrismaClient({
    ...clientOptions,
    adapter: new PrismaPg({ connectionString: config.url }),
  });
  return {
    config,
    prisma,
    pglite: null,
    async close() {
      await prisma.$disconnect();
    },
  };
}

import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "./generated/prisma/client.ts";
import type { DatabaseConfig } from "./databaseConfig.ts";
import { claimDataDirectory, releaseDataDirectory, storageError } from "./embedded/dataDirectoryLock.ts";
import { removeOrphanedTempFiles } from "./embedded/removeOrphanedTempFiles.ts";
import { startPgliteInWorker, type EmbeddedPostgres } from "./embedded/pgliteInWorker.ts";

export type { PrismaClient } from "./generated/prisma/client.ts";

/** Options passed through to PrismaClient, such as query logging for statement-count tests. */
export type ClientOptions = Pick<Prisma.PrismaClientOptions, "log" | "transactionOptions" | "errorFormat">;

export interface Database {
  readonly config: DatabaseConfig;
  readonly prisma: PrismaClient;
  /** The PGlite behind an embedded database, for raw set-based SQL; null on PostgreSQL. */
  readonly pglite: EmbeddedPostgres | null;
  close(): Promise<void>;
}

export interface OpenPglite {
  readonly pglite: EmbeddedPostgres;
  /** Closes PGlite and, for a directory, gives it up for other processes. */
  close(): Promise<void>;
}

interface SharedPglite {
  readonly opening: Promise<EmbeddedPostgres>;
  users: number;
}

/**
 * PGlite runs PostgreSQL inside the API's own process, so its shared buffers are the API's memory:
 * PostgreSQL's default of 128 MB made a process serving the demo data hold 304–308 MB, 16 MB
 * 172–202 MB, with scans of every figure and the 100,000-row import benchmark as fast either way
 * (the files stay in the operating system's cache). Passed at start, not written into the data
 * directory, so it holds for directories made by earlier versions too. See docs/benchmarks.md.
 */
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/** Directories this process has open: every part of it (server, migrations, CLI) shares one PGlite. */
const openDirectories = new Map<string, SharedPglite>();

/**
 * Opens the embedded database. A directory is this process's alone while it is open: a second
 * process is refused (DataDirectoryInUse), and within this process every opener shares one
 * PGlite instance, since two instances on one directory would corrupt it.
 */
export async function openPglite(directory: string | null): Promise<OpenPglite> {
  if (!directory) {
    const pglite = await startPgliteInWorker(undefined, startParams);
    return { pglite, close: () => pglite.close() };
  }
  let shared = openDirectories.get(directory);
  if (!shared) {
    shared = { opening: startPglite(directory), users: 0 };
    openDirectories.set(directory, shared);
    shared.opening.catch(() => openDirectories.delete(directory));
  }
  shared.users++;
  const pglite = await shared.opening;
  const entry = shared;
  let closed = false;
  return {
    pglite,
    async close() {
      if (closed) return;
      closed = true;
      if (--entry.users > 0) return;
      openDirectories.delete(directory);
      try {
        await pglite.close();
      } finally {
        releaseDataDirectory(directory);
      }
    },
  };
}

async function startPglite(directory: string): Promise<EmbeddedPostgres> {
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw storageError(directory, error);
  }
  claimDataDirectory(directory);
  try {
    removeOrphanedTempFiles(directory);
    return await startPgliteInWorker(directory, startParams);
  } catch (error) {
    releaseDataDirectory(directory);
    throw storageError(directory, error);
  }
}

export async function openDatabase(
  config: DatabaseConfig,
  clientOptions: ClientOptions = {},
): Promise<Database> {
  if (config.kind === "pglite") {
    const embedded = await openPglite(config.directory);
    const { pglite } = embedded;
    const prisma = new PrismaClient({ ...clientOptions, adapter: new PrismaPGlite(asPglite(pglite)) });
    return {
      config,
      prisma,
      pglite,
      async close() {
        await prisma.$disconnect();
        // The adapter's dispose() does not close PGlite, and an open instance keeps the process alive.
        await embedded.close();
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

/**
 * Prisma's PGlite adapter is typed for a PGlite instance but calls only `query`, `exec` and
 * `transaction` (pglite-prisma-adapter 0.7), which the worker's stand-in provides.
 */
export const asPglite = (embedded: EmbeddedPostgres) => embedded as unknown as PGlite;

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { projectPaths } from "../projectPaths.ts";

const LOCKFILE = "migration_lock.toml";

/** Reads prisma/migrations/<timestamp>_<name>/migration.sql in order, as `prisma migrate` does. */
export async function readMigrationsFolder(baseDir = projectPaths.migrations): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const sql = await readFile(path.join(baseDir, name, "migration.sql"), "utf8");
      return {
        path: name,
        migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: sql } },
      };
    }),
  );
  const lockfileContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir,
    shadowDbInitScript: "",
    lockfile: { path: LOCKFILE, content: lockfileContent },
    migrationDirectories,
  };
}

export const migrationLockfileName = LOCKFILE;

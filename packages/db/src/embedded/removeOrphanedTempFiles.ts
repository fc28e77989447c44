import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

/** Temporary tables' files: t<backend>_<relfilenode>, with their free-space and visibility maps. */
const TEMP_RELATION = /^t\d+_\d+(_(fsm|vm|init))?(\.\d+)?$/;

/**
 * PostgreSQL deletes temporary tables' files when the server starts; PGlite runs in single-user
 * mode, which does not, so an import killed mid-way leaves its staging tables on disk for good.
 * Only called while this process holds the directory and before PGlite opens it. Returns the
 * number of files removed.
 */
export function removeOrphanedTempFiles(directory: string): number {
  const base = path.join(directory, "base");
  let removed = 0;
  let databases: string[];
  try {
    databases = readdirSync(base);
  } catch {
    return 0; // a new directory: nothing yet
  }
  for (const database of databases) {
    const folder = path.join(base, database);
    if (database === "pgsql_tmp") {
      for (const file of readdirSync(folder))
        rmSync(path.join(folder, file), { recursive: true, force: true });
      continue;
    }
    let files: string[];
    try {
      files = readdirSync(folder);
    } catch {
      continue;
    }
    for (const file of files) {
      if (!TEMP_RELATION.test(file)) continue;
      rmSync(path.join(folder, file), { force: true });
      removed++;
    }
  }
  return removed;
}

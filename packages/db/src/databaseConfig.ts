import path from "node:path";
import { projectPaths } from "./projectPaths.ts";

/** Which database to use: PostgreSQL when a URL is given, otherwise the embedded PGlite. */
export type DatabaseConfig =
  | { kind: "postgresql"; url: string }
  /** `directory: null` keeps the database in memory (tests, scratch databases). */
  | { kind: "pglite"; directory: string | null };

/**
 * Reads DATABASE_URL and CSC_DATA_DIR. A relative CSC_DATA_DIR is taken from the project root so
 * that every workspace script finds the same data whatever directory npm runs it in.
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL must be a PostgreSQL URL (postgresql://user@host:port/database); got "${url}".`,
      );
    }
    return { kind: "postgresql", url };
  }
  const dir = env.CSC_DATA_DIR?.trim();
  return {
    kind: "pglite",
    directory: dir ? path.resolve(projectPaths.root, dir) : projectPaths.defaultDataDirectory,
  };
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") {
    return config.directory ? `embedded PGlite database in ${config.directory}` : "in-memory PGlite database";
  }
  // Host and database only: the URL may carry a password.
  const url = new URL(config.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

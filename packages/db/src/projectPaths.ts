import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/**
 * The folder holding `prisma/schema.prisma`, found upwards from this module: it runs from its
 * source in `packages/db/src` and bundled into the API's `apps/api/dist`.
 */
function findProjectRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "prisma", "schema.prisma"))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No prisma/schema.prisma above ${start}.`);
  }
}

const projectRoot = findProjectRoot();

/** Where the shared schema, migrations and seed data files live, whatever the working directory. */
export const projectPaths = {
  root: projectRoot,
  schema: path.join(projectRoot, "prisma", "schema.prisma"),
  migrations: path.join(projectRoot, "prisma", "migrations"),
  seedData: path.join(projectRoot, "prisma", "seed"),
  defaultDataDirectory: path.join(projectRoot, ".data", "pglite"),
};

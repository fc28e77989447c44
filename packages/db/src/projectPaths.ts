import { fileURLToPath } from "node:url";
import path from "node:path";

const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the shared schema, migrations and seed data files live, whatever the working directory. */
export const projectPaths = {
  root: projectRoot,
  schema: path.join(projectRoot, "prisma", "schema.prisma"),
  migrations: path.join(projectRoot, "prisma", "migrations"),
  seedData: path.join(projectRoot, "prisma", "seed"),
  defaultDataDirectory: path.join(projectRoot, ".data", "pglite"),
};

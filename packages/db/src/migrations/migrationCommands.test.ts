import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectPaths } from "../projectPaths.ts";
import { createTestDatabase, testBackends } from "../testing/testDatabase.ts";
import { deployMigrations, migrationStatus, pendingSchemaChanges } from "./migrationCommands.ts";
import { readMigrationsFolder } from "./migrationsFolder.ts";

describe("the committed migrations", () => {
  it("build exactly the schema in prisma/schema.prisma", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });

  it("are read in order with their lock file", async () => {
    const list = await readMigrationsFolder();
    const names = list.migrationDirectories.map((d) => d.path);
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(0);
    expect(list.lockfile.content).toContain('provider = "postgresql"');
  });
});

describe.each(testBackends)("migrations on %s", (backend) => {
  const databases: { destroy(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const database of databases) await database.destroy();
  });

  it("leave a deployed database up to date, and a second deploy applies nothing", async () => {
    const database = await createTestDatabase(backend);
    databases.push(database);
    expect(await migrationStatus(database.config)).toEqual({ applied: true, problems: [], pending: [] });
    expect(await deployMigrations(database.config)).toEqual([]);
    const tables = await database.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "Area",
        "Indicator",
        "Observation",
        "Release",
        "Revision",
        "Annotation",
        "_prisma_migrations",
      ]),
    );
  });
});

describe("pendingSchemaChanges", () => {
  it("reports the SQL a schema change needs when no migration makes it", async () => {
    // Run the check against a copy of the project's prisma folder with one field added.
    const scratch = await mkdtemp(path.join(tmpdir(), "csc-schema-"));
    try {
      await cp(path.join(projectPaths.root, "prisma"), scratch, { recursive: true });
      const schemaFile = path.join(scratch, "schema.prisma");
      const schema = await readFile(schemaFile, "utf8");
      await writeFile(
        schemaFile,
        schema.replace("  licence     String?", "  licence     String?\n  notes       String?"),
      );
      expect(await readdir(path.join(scratch, "migrations"))).not.toHaveLength(0);
      const sql = await pendingSchemaChanges({
        schema: schemaFile,
        migrations: path.join(scratch, "migrations"),
      });
      expect(sql).toMatch(/ALTER TABLE "Source" ADD COLUMN\s+"notes" TEXT/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DatabaseConfig } from "../databaseConfig.ts";
import { projectPaths } from "../projectPaths.ts";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { openMigrationTarget } from "./migrationAdapter.ts";
import { migrationLockfileName, readMigrationsFolder } from "./migrationsFolder.ts";
import { readSchemaFile, withSchemaEngine } from "./schemaEngine.ts";

const noFilters = { externalTables: [], externalEnums: [] };

async function withTarget<T>(
  config: DatabaseConfig,
  work: Parameters<typeof withSchemaEngine<T>>[1],
  schemaPath?: string,
): Promise<T> {
  const target = await openMigrationTarget(config);
  try {
    return await withSchemaEngine(target.adapterFactory, work, schemaPath);
  } finally {
    await target.close();
  }
}

/** `migrate deploy`: applies every committed migration the database has not had yet. */
export async function deployMigrations(config: DatabaseConfig): Promise<string[]> {
  const target = await openMigrationTarget(config);
  try {
    return await deployMigrationsThrough(target.adapterFactory);
  } finally {
    await target.close();
  }
}

/** `migrate deploy` through a connection already open, which the caller closes. */
export async function deployMigrationsThrough(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const migrationsList = await readMigrationsFolder();
  const result = await withSchemaEngine(adapterFactory, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return result.appliedMigrationNames;
}

export interface MigrationStatus {
  applied: boolean;
  problems: string[];
  pending: string[];
}

/** `migrate status`: whether the database's migration history matches the migrations folder. */
export async function migrationStatus(config: DatabaseConfig): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsFolder();
  const output = await withTarget(config, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters }),
  );
  const problems: string[] = [];
  const pending: string[] = [];
  if (output.failedMigrationNames.length > 0)
    problems.push(`failed migrations: ${output.failedMigrationNames.join(", ")}`);
  if (output.editedMigrationNames.length > 0)
    problems.push(`edited after they were applied: ${output.editedMigrationNames.join(", ")}`);
  const history = output.history;
  if (history?.diagnostic === "databaseIsBehind") pending.push(...history.unappliedMigrationNames);
  if (history?.diagnostic === "migrationsDirectoryIsBehind")
    problems.push(
      `applied but missing from prisma/migrations: ${history.unpersistedMigrationNames.join(", ")}`,
    );
  if (history?.diagnostic === "historiesDiverge")
    problems.push(
      `history diverges after ${history.lastCommonMigrationName ?? "the start"}: ` +
        `database has ${history.unpersistedMigrationNames.join(", ") || "nothing else"}, ` +
        `folder has ${history.unappliedMigrationNames.join(", ") || "nothing else"}`,
    );
  if (!output.hasMigrationsTable) pending.push(...migrationsList.migrationDirectories.map((d) => d.path));
  return { applied: output.hasMigrationsTable, problems, pending: [...new Set(pending)] };
}

/**
 * The SQL that would bring a database built from the committed migrations up to schema.prisma;
 * empty when they agree. Runs against a throw-away in-memory PGlite, never a real database.
 */
export async function pendingSchemaChanges(
  paths: { schema: string; migrations: string } = projectPaths,
): Promise<string> {
  const scratch: DatabaseConfig = { kind: "pglite", directory: null };
  const migrationsList = await readMigrationsFolder(paths.migrations);
  const schema = await readSchemaFile(paths.schema);
  const files = [{ path: schema.path, content: schema.content }];
  const result = await withTarget(
    scratch,
    async (engine) => {
      await engine.applyMigrations({ migrationsList, filters: noFilters });
      return engine.diff({
        from: { tag: "schemaDatasource", files, configDir: projectPaths.root },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: noFilters,
      });
    },
    schema.path,
  );
  // exitCode 2 means "there is a difference"; the engine prints an empty-migration comment otherwise.
  return result.exitCode === 2 ? (result.stdout ?? "").trim() : "";
}

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** `migrate dev --create-only`: writes the next migration folder; returns its path, or null. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" must be lower-case letters, digits and underscores.`);
  }
  const sql = await pendingSchemaChanges();
  if (!sql) return null;
  const directory = path.join(projectPaths.migrations, `${migrationTimestamp(now)}_${name}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, "migration.sql"), `${sql}\n`);
  await writeFile(
    path.join(projectPaths.migrations, migrationLockfileName),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return directory;
}

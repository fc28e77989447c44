import { describeDatabase, type DatabaseConfig } from "../databaseConfig.ts";
import type { CommandOutput } from "../embedded/commandChannel.ts";
import { deployMigrations, migrationStatus } from "./migrationCommands.ts";

/**
 * `deploy` and `status`, which touch the configured database. The server holding an embedded
 * database runs them for the CLI, on the database it has open.
 */
export async function migrateCommand(
  argv: readonly string[],
  config: DatabaseConfig,
  output: CommandOutput,
): Promise<number> {
  if (argv[0] === "deploy") {
    const applied = await deployMigrations(config);
    output.out(
      applied.length
        ? `Applied ${String(applied.length)} migration(s) to the ${describeDatabase(config)}: ${applied.join(", ")}`
        : `The ${describeDatabase(config)} is up to date.`,
    );
    return 0;
  }
  const status = await migrationStatus(config);
  for (const problem of status.problems) output.err(`Problem: ${problem}`);
  if (status.pending.length) output.out(`Not yet applied: ${status.pending.join(", ")}`);
  if (!status.problems.length && !status.pending.length)
    output.out(`The ${describeDatabase(config)} has every migration applied.`);
  return status.problems.length ? 1 : 0;
}

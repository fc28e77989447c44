import { databaseConfigFromEnv } from "../databaseConfig.ts";
import { consoleOutput, runCommand } from "../embedded/commandChannel.ts";
import { migrateCommand } from "./migrateCommand.ts";
import { createMigration, pendingSchemaChanges } from "./migrationCommands.ts";

const usage = `Usage: npm run migrate -- <command>

  deploy          apply committed migrations to the configured database
  status          compare the database's migration history with prisma/migrations
  check           fail when prisma/schema.prisma and the migrations disagree (used by CI)
  create <name>   write a new migration from the changes made to prisma/schema.prisma

The database is PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in CSC_DATA_DIR.`;

async function run(args: string[]): Promise<number> {
  const [command, name] = args;
  switch (command) {
    case "deploy":
    case "status": {
      const config = databaseConfigFromEnv();
      return runCommand(config, { command: "migrate", argv: [command] }, () =>
        migrateCommand([command], config, consoleOutput),
      );
    }
    case "check": {
      const sql = await pendingSchemaChanges();
      if (!sql) {
        console.log("prisma/schema.prisma and prisma/migrations agree.");
        return 0;
      }
      console.error(
        "prisma/schema.prisma has changes that no migration makes. Run `npm run migrate -- create <name>`.\n" +
          "The missing migration would be:\n\n" +
          sql,
      );
      return 1;
    }
    case "create": {
      if (!name) {
        console.error(usage);
        return 2;
      }
      const directory = await createMigration(name);
      console.log(directory ? `Wrote ${directory}/migration.sql` : "No schema changes: nothing to write.");
      return 0;
    }
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

run(process.argv.slice(2)).then(
  // The wasm glue leaves a timer armed for ~10 s; end the process rather than wait for it.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

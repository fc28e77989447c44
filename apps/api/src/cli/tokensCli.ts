import { consoleOutput, databaseConfigFromEnv, describeDatabase, runDatabaseCommand } from "@csc/db";
import { tokensCommand } from "./tokensCommand.ts";

async function run(argv: string[]): Promise<number> {
  const config = databaseConfigFromEnv();
  return runDatabaseCommand(config, { command: "tokens", argv }, (db) =>
    tokensCommand(argv, db.prisma, describeDatabase(config), consoleOutput),
  );
}

run(process.argv.slice(2)).then(
  // The schema engine's wasm leaves a timer armed; end the process rather than wait for it.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

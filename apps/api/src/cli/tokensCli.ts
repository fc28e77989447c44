import {
  consoleOutput,
  databaseConfigFromEnv,
  deployMigrations,
  describeDatabase,
  openDatabase,
  runCommand,
} from "@csc/db";
import { tokensCommand } from "./tokensCommand.ts";

async function run(argv: string[]): Promise<number> {
  const config = databaseConfigFromEnv();
  return runCommand(config, { command: "tokens", argv }, async () => {
    await deployMigrations(config);
    const db = await openDatabase(config);
    try {
      return await tokensCommand(argv, db.prisma, describeDatabase(config), consoleOutput);
    } finally {
      await db.close();
    }
  });
}

run(process.argv.slice(2)).then(
  // The schema engine's wasm leaves a timer armed; end the process rather than wait for it.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

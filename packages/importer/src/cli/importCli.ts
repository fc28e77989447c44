import { readFile } from "node:fs/promises";
import path from "node:path";
import { consoleOutput, databaseConfigFromEnv, describeDatabase, runDatabaseCommand } from "@csc/db";
import { IMPORT_USAGE, importCommand, parseImportArgs } from "./importCommand.ts";

async function main(argv: string[]): Promise<number> {
  const options = parseImportArgs(argv);
  if (options.help || options.files.length === 0) {
    console.log(IMPORT_USAGE);
    return options.help ? 0 : 2;
  }
  const files = await Promise.all(
    options.files.map(async (name) => ({
      name,
      // npm runs the script in the package's folder; paths are relative to where the author typed them.
      bytes: await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), name)),
    })),
  );
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  return runDatabaseCommand(config, { command: "import", argv, files }, (db) =>
    importCommand(argv, files, db.prisma, consoleOutput),
  );
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

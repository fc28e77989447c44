import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseConfigFromEnv, deployMigrations, describeDatabase, openDatabase } from "@csc/db";
import { importFiles } from "../import/importFiles.ts";
import { ImportValidationError, describeProblem } from "../importProblem.ts";
import { describeImport } from "./describeImport.ts";

const USAGE = `Usage: npm run import -- [options] FILE...

Imports figures files, EES tidy data files, Ofsted fostering tables or the Home Office NTS table
as releases, all or nothing. Releases are drafts until published (here with --publish, or later
with the API's publishRelease).

Options:
  --dry-run        check the files and say what would change, without writing anything
  --publish        publish the releases at once
  --kind KIND      what the files are, when the header does not say: figures, ofsted-fostering,
                   nts-transfers, or a publication such as dfe-cla-numbers-and-rates
  --dataset NAME   for a figures file, the dataset its releases are numbered in
  --by NAME        who is importing (default: $USER)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      publish: { type: "boolean", default: false },
      kind: { type: "string" },
      dataset: { type: "string" },
      by: { type: "string", default: process.env.USER ?? "importer" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const files = await Promise.all(
    positionals.map(async (name) => ({
      name,
      // npm runs the script in the package's folder; paths are relative to where the author typed them.
      bytes: await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), name)),
      kind: values.kind,
      dataset: values.dataset,
    })),
  );
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  await deployMigrations(config);
  const db = await openDatabase(config);
  try {
    const summary = await importFiles(db.prisma, files, {
      createdBy: values.by,
      dryRun: values["dry-run"],
      publish: values.publish,
      onWriting: (figures, count) => {
        console.log(
          `Checked ${String(figures)} figures in ${String(count)} file(s); writing them in one transaction…`,
        );
      },
    });
    for (const line of describeImport(summary)) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportValidationError)) throw error;
    console.error(`${String(error.problems.length)} problem(s) found; nothing was imported.`);
    for (const problem of error.problems) console.error(describeProblem(problem));
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

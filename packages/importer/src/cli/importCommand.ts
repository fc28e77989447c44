import { parseArgs } from "node:util";
import type { CommandFile, CommandOutput, PrismaClient } from "@csc/db";
import { importFiles } from "../import/importFiles.ts";
import { ImportValidationError, describeProblem } from "../importProblem.ts";
import { describeImport } from "./describeImport.ts";

export const IMPORT_USAGE = `Usage: npm run import -- [options] FILE...

Imports figures files, EES tidy data files, Ofsted fostering tables, the Home Office NTS table or
a council's SSDA903 extract (its header, episodes and UASC tables; the figures are counted from
it and no child's record is kept) as releases, all or nothing. Releases are drafts until published (here with --publish, or later
with the API's publishRelease).

Options:
  --dry-run        check the files and say what would change, without writing anything
  --publish        publish the releases at once
  --kind KIND      what the files are, when the header does not say: figures, ofsted-fostering,
                   nts-transfers, or a publication such as dfe-cla-numbers-and-rates
  --dataset NAME   for a figures file, the dataset its releases are numbered in
  --area CODE      for an SSDA903 extract, the council it is for (GSS code, e.g. E10000014)
  --by NAME        who is importing (default: $USER)`;

/** The import command's options and the files it names. */
export function parseImportArgs(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      publish: { type: "boolean", default: false },
      kind: { type: "string" },
      dataset: { type: "string" },
      area: { type: "string" },
      by: { type: "string", default: process.env.USER ?? "importer" },
      help: { type: "boolean", default: false },
    },
  });
  return { ...values, files: positionals };
}

/**
 * Imports `files` (read by the CLI, in the order argv names them) into `prisma`. The server
 * holding the embedded database runs this for the CLI.
 */
export async function importCommand(
  argv: readonly string[],
  files: readonly CommandFile[],
  prisma: PrismaClient,
  output: CommandOutput,
): Promise<number> {
  const options = parseImportArgs(argv);
  try {
    const summary = await importFiles(
      prisma,
      files.map((file) => ({ ...file, kind: options.kind, dataset: options.dataset })),
      {
        createdBy: options.by,
        dryRun: options["dry-run"],
        publish: options.publish,
        area: options.area,
        onWriting: (figures, count) => {
          output.out(
            options["dry-run"]
              ? `Checked ${String(figures)} figures in ${String(count)} file(s); working out what would change…`
              : `Checked ${String(figures)} figures in ${String(count)} file(s); writing them in one transaction…`,
          );
        },
      },
    );
    for (const line of describeImport(summary)) output.out(line);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportValidationError)) throw error;
    output.err(`${String(error.problemCount)} problem(s) found; nothing was imported.`);
    for (const problem of error.problems) output.err(describeProblem(problem));
    if (error.problemCount > error.problems.length)
      output.err(`…and ${String(error.problemCount - error.problems.length)} more, not listed.`);
    return 1;
  }
}

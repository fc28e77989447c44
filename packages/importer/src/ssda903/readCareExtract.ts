import { createHash } from "node:crypto";
import {
  AreaRegister,
  countCareFigures,
  longDateLabel,
  requireIndicator,
  type Area,
  type Period,
} from "@csc/domain";
import { readCsvListingRaggedRows, type CsvTable } from "../csv/readCsv.ts";
import type { FigureRecord } from "../figures/readFiguresCsv.ts";
import type { ImportContext, ImportFile, ReadImportFile } from "../import/readImportFile.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import { readCareTables } from "./readCareTables.ts";
import type { Ssda903Table } from "./ssda903Tables.ts";

/** One file of an extract, and which SSDA903 table it is. */
export interface CareExtractFile {
  readonly file: ImportFile;
  readonly table: Ssda903Table;
}

/** How many warnings an import lists before saying how many more there are. */
const WARNINGS_LISTED = 200;

/** "12 months", "1 financial year". */
const counted = (periods: readonly Period[], kind: Period["kind"], plural: string) => {
  const n = periods.filter((p) => p.kind === kind).length;
  return `${String(n)} ${n === 1 ? plural.replace(/s$/, "") : plural}`;
};

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The council's own source for figures derived from its case records: management information, not official statistics. */
function sourceOf(area: Area) {
  return {
    key: `ssda903-${area.code}`,
    title: `${area.name}'s children looked after case records (SSDA903 extracts)`,
    body: area.name,
    meeting: null,
    publishedOn: null,
    document: "SSDA903 extract",
    kind: "management_information" as const,
    licence: null,
  };
}

function councilOf(areaCode: string | undefined, context: ImportContext, files: string): Area {
  if (!areaCode)
    throw new ImportValidationError([
      {
        file: files,
        line: 0,
        message:
          "an SSDA903 extract does not say whose it is: give the council's GSS code (--area E10000014, or choose the council on the Import page)",
      },
    ]);
  const area = new AreaRegister(context.areas).byGssCode(areaCode.trim());
  if (!area || area.level !== "local_authority")
    throw new ImportValidationError([
      {
        file: files,
        line: 0,
        value: areaCode,
        message: "the area given for the SSDA903 extract is not a council",
      },
    ]);
  return area;
}

/**
 * Reads an SSDA903 extract (its header, episodes and, where given, UASC and missing tables) and
 * turns it into the council's own figures by the DfE's counting rules. No child-level row leaves
 * this function: what is returned are the counts, cited as the rules that made them, while the
 * release names the extract's files, their SHA-256 and its latest date.
 */
export function readCareExtract(
  files: readonly CareExtractFile[],
  areaCode: string | undefined,
  context: ImportContext,
): ReadImportFile {
  const names = files.map((f) => f.file.name).join(", ");
  const area = councilOf(areaCode, context, names);
  const duplicated = files.filter((f, i) => files.findIndex((g) => g.table === f.table) !== i);
  if (duplicated.length > 0)
    throw new ImportValidationError(
      duplicated.map((f) => ({
        file: f.file.name,
        line: 0,
        message: `a second SSDA903 ${f.table} table: an extract has one of each; import one extract at a time`,
      })),
    );
  // A table that cannot be read, or has ragged rows, is reported with what else is wrong, not instead of it.
  const tables = new Map<Ssda903Table, CsvTable>();
  const unreadable: ImportProblem[] = [];
  for (const { file, table } of files) {
    try {
      const { table: read, ragged } = readCsvListingRaggedRows(file.name, file.bytes);
      tables.set(table, read);
      unreadable.push(...ragged);
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      unreadable.push(...error.problems);
    }
  }
  const checked = readCareTables(tables, new Set(files.map((f) => f.table)));
  const problems = [...unreadable, ...checked.problems];
  if (problems.length > 0) throw new ImportValidationError(problems);
  const { periods, figures } = countCareFigures(checked.extract);
  const source = sourceOf(area);
  const records: FigureRecord[] = figures.map((figure) => ({
    line: 0,
    indicator: requireIndicator(figure.indicator),
    areaCode: area.code,
    period: figure.period,
    breakdown: null,
    figure: { value: figure.value },
    numerator: figure.numerator ?? null,
    denominator: figure.denominator ?? null,
    sourceKey: source.key,
    citation: figure.rule,
  }));
  const sorted = [...files].sort((a, b) => a.file.name.localeCompare(b.file.name));
  const hashes = sorted.map((f) => ({ name: f.file.name, hash: sha256(f.file.bytes) }));
  const to = periods ? longDateLabel(periods.to) : "no date";
  const warnings =
    checked.warnings.length > WARNINGS_LISTED
      ? [
          ...checked.warnings.slice(0, WARNINGS_LISTED),
          `…and ${String(checked.warnings.length - WARNINGS_LISTED)} more warnings.`,
        ]
      : checked.warnings;
  return {
    file: hashes.map((h) => `${h.name} SHA-256 ${h.hash}`).join("; "),
    format: "ssda903",
    dataset: `ssda903/${area.code}`,
    title: `${area.name}'s SSDA903 extract to ${to}, counted by the DfE's rules (the council's management information)`,
    checksum: sha256(new TextEncoder().encode(hashes.map((h) => h.hash).join("\n"))),
    records,
    notes: [
      periods
        ? `Counted ${String(checked.extract.episodes.length)} episodes of care from ${longDateLabel(periods.from)} (the start of the year its earliest ended episode falls in) to ${to} (its latest date): ${counted(periods.flows, "month", "months")}, ${counted(periods.flows, "quarter", "quarters")} and ${counted(periods.flows, "financial-year", "financial years")}. No child-level record was stored.`
        : "The extract holds no episodes to count.",
      ...checked.notes,
      ...warnings,
    ],
    catalogue: { source, indicators: [], dimensions: [] },
  };
}

import { createHash } from "node:crypto";
import { AreaRegister, type Area } from "@csc/domain";
import { csvTableOf, readCsv, readCsvRows, type CsvRow, type CsvTable } from "../csv/readCsv.ts";
import { checkTidyMeta } from "../tidy/checkTidyMeta.ts";
import { readFiguresCsv } from "../figures/readFiguresCsv.ts";
import { ImportValidationError } from "../importProblem.ts";
import type { ReadResult } from "../readResult.ts";
import { detectTidyPublication } from "../tidy/detectTidyPublication.ts";
import { findTidyPublication } from "../tidy/publications/index.ts";
import { readGenericTidyCsv } from "../tidy/generic/readGenericTidyCsv.ts";
import { humanise, tableNameOf } from "../tidy/generic/tableName.ts";
import { readTidyCsv } from "../tidy/readTidyCsv.ts";
import { areasByName } from "../wide/areaNames.ts";
import { NTS_TRANSFERS, readNtsTransfers } from "../wide/readNtsTransfers.ts";
import { OFSTED_FOSTERING, readOfstedFostering } from "../wide/readOfstedFostering.ts";
import { detectImportFormat, IMPORT_FORMATS, type ImportFormat } from "./importFormat.ts";
import { importKinds } from "./importKinds.ts";

export interface ImportFile {
  /** The file's name, used in every message and in the release's description. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * What the file is, when the author says so: a format, or a tidy publication's dataset. Otherwise
   * it is worked out from the file's header.
   */
  readonly kind?: string | undefined;
  /** For a figures file, the dataset its releases are numbered in; by default the file's name. */
  readonly dataset?: string | undefined;
  /** An EES tidy file's `.meta.csv`, checked against the mapping that reads the file. */
  readonly meta?: { readonly name: string; readonly bytes: Uint8Array } | undefined;
}

/** What the database already holds that a file is checked against. */
export interface ImportContext {
  readonly areas: readonly Area[];
  readonly sourceKeys: ReadonlySet<string>;
}

export interface ReadImportFile extends ReadResult {
  readonly file: string;
  readonly format: ImportFormat;
  readonly dataset: string;
  readonly title: string;
  readonly checksum: string;
}

function datasetOfFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return `figures/${base
    .replace(/\.csv$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")}`;
}

function formatOf(file: ImportFile, rows: readonly CsvRow[]): ImportFormat {
  const kind = file.kind?.trim();
  if (kind && findTidyPublication(kind)) return "tidy";
  const format = IMPORT_FORMATS.find((known) => known === kind);
  if (format) return format;
  if (kind) {
    throw new ImportValidationError([
      {
        file: file.name,
        line: 0,
        value: kind,
        message: `unknown kind of file; expected one of ${importKinds.map((known) => known.code).join(", ")}`,
      },
    ]);
  }
  const detected = detectImportFormat(rows);
  if (!detected)
    throw new ImportValidationError([
      {
        file: file.name,
        line: 1,
        message:
          "the header matches no format the importer reads: a figures file (indicator, area, period, value, source, citation…), an EES tidy data file (time_period, geographic_level…), Ofsted's fostering table or the Home Office NTS table",
      },
    ]);
  return detected;
}

/** A tidy file no mapping describes, read as it describes itself. */
function readGenericTidy(file: ImportFile, table: CsvTable, context: ImportContext) {
  const name = tableNameOf(file.dataset ?? file.name);
  const meta = file.meta ? readCsv(file.meta.name, file.meta.bytes) : undefined;
  return {
    dataset: `ees/${name}`,
    title: `${humanise(name)} (read as the file describes itself)`,
    result: readGenericTidyCsv(table, meta, name, new AreaRegister(context.areas)),
  };
}

function readTidy(file: ImportFile, table: CsvTable, context: ImportContext) {
  if (file.kind?.trim() === "tidy") return readGenericTidy(file, table, context);
  const chosen = file.kind ? findTidyPublication(file.kind) : undefined;
  const detection = chosen ? { publication: chosen } : detectTidyPublication(table);
  if ("ambiguous" in detection)
    throw new ImportValidationError([
      {
        file: file.name,
        line: 1,
        message: `cannot tell which official-statistics table this is: ${detection.reason}`,
      },
    ]);
  if ("reason" in detection) return readGenericTidy(file, table, context);
  const { publication } = detection;
  if (file.meta) {
    const problems = checkTidyMeta(readCsv(file.meta.name, file.meta.bytes), table, publication);
    if (problems.length > 0) throw new ImportValidationError(problems);
  }
  return {
    dataset: publication.dataset,
    title: publication.title,
    result: readTidyCsv(table, publication, new AreaRegister(context.areas)),
  };
}

/**
 * Reads and checks one file of any format the importer knows, without touching the database.
 * Throws an ImportValidationError listing every problem found.
 */
export function readImportFile(file: ImportFile, context: ImportContext): ReadImportFile {
  const rows = readCsvRows(file.name, file.bytes);
  const format = formatOf(file, rows);
  if (file.meta && format !== "tidy")
    throw new ImportValidationError([
      { file: file.meta.name, line: 0, message: "only EES tidy data files come with a .meta.csv" },
    ]);
  const checksum = createHash("sha256").update(file.bytes).digest("hex");
  const base = { file: file.name, format, checksum };
  switch (format) {
    case "figures": {
      const table = csvTableOf(file.name, rows);
      const records = readFiguresCsv(table, {
        areaCodes: new Set(context.areas.map((area) => area.code)),
        sourceKeys: context.sourceKeys,
      });
      const dataset = file.dataset ?? datasetOfFileName(file.name);
      return { ...base, dataset, title: `Figures from ${file.name}`, records, notes: [] };
    }
    case "tidy": {
      const { dataset, title, result } = readTidy(file, csvTableOf(file.name, rows), context);
      return { ...base, dataset, title, ...result };
    }
    case "ofsted-fostering":
      return {
        ...base,
        dataset: OFSTED_FOSTERING.dataset,
        title: OFSTED_FOSTERING.table,
        ...readOfstedFostering(file.name, rows, areasByName(context.areas)),
      };
    case "nts-transfers":
      return {
        ...base,
        dataset: NTS_TRANSFERS.dataset,
        title: "National Transfer Scheme transfers of unaccompanied asylum-seeking children",
        ...readNtsTransfers(csvTableOf(file.name, rows), areasByName(context.areas)),
      };
    case "ssda903":
      // SSDA903 tables are recognised before this and counted together (readCareExtract).
      throw new ImportValidationError([
        { file: file.name, line: 1, message: "an SSDA903 table is imported with the rest of its extract" },
      ]);
  }
}

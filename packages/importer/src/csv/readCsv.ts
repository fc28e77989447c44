import { parse, type Options } from "csv-parse/sync";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import { decodeText } from "./decodeText.ts";

export interface CsvRecord {
  /** 1-based line the record starts on, for error messages. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

const OPTIONS: Options = { bom: true, skip_empty_lines: true, relax_column_count: true };

/** C0 controls but tab and line breaks, DEL, C1 controls, and a carriage return not before a line feed. */
// Finding control characters is this pattern's purpose.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

function controlCharacterProblems(file: string, rows: readonly CsvRow[]): ImportProblem[] {
  const header = rows[0]?.cells ?? [];
  const problems = rows.flatMap((row) =>
    row.cells.flatMap((cell, i) => {
      const found = CONTROL_CHARACTER.exec(cell)?.[0];
      if (found === undefined) return [];
      const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
      return [
        {
          file,
          line: row.line,
          ...(row === rows[0] ? {} : { column: header[i] ?? `column ${String(i + 1)}` }),
          message: `the cell holds a control character (${code}${found === "\r" ? ", a carriage return without a line feed" : ""}); remove it: such characters break rows in the CSV files made from these figures`,
        },
      ];
    }),
  );
  return problems;
}

/** The 1-based numbers of the lines that hold anything, as csv-parse counts lines. */
function nonEmptyLineNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const [i, line] of text.split(/\r\n|\n|\r/).entries()) if (line !== "") numbers.push(i + 1);
  return numbers;
}

/**
 * Parses CSV bytes (UTF-8 with or without a BOM, or Windows-1252) into rows with their line
 * numbers. Rows may differ in length, as wide tables' do; a broken quote is reported with its line.
 */
export function readCsvRows(file: string, bytes: Uint8Array): CsvRow[] {
  // UTF-16 (Excel's "Unicode text") and binary files (a saved .xlsx) have NUL bytes; text CSV never does.
  if (bytes.subarray(0, 4096).includes(0)) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new ImportValidationError([
      {
        file,
        line: 0,
        message: utf16
          ? "the file is UTF-16 text; save it as CSV (UTF-8 or Windows-1252) and import that"
          : "the file is not text (is it a spreadsheet?); save it as CSV and import that",
      },
    ]);
  }
  const { text } = decodeText(bytes);
  if (!text.trim()) {
    throw new ImportValidationError([
      { file, line: 0, message: "the file is empty; expected a header row and figures" },
    ]);
  }
  // Control characters have no place in figures or citations, and a bare carriage return would split
  // a row of every CSV exported from them. The whole text is searched once; cells only on a find.
  const rows = parseRows(file, text);
  if (CONTROL_CHARACTER.test(text)) {
    const problems = controlCharacterProblems(file, rows);
    if (problems.length > 0) throw new ImportValidationError(problems);
  }
  return rows;
}

function parseRows(file: string, text: string): CsvRow[] {
  try {
    const records = parse(text, OPTIONS);
    // When no quoted field runs over a line break, the records are the non-empty lines in order and
    // their line numbers need not be tracked while parsing, which costs a third of the parse.
    const lines = nonEmptyLineNumbers(text);
    if (lines.length === records.length) return records.map((cells, i) => ({ line: lines[i] ?? 0, cells }));
    // With `info: true` each row comes wrapped with its position, which csv-parse's types do not model.
    const rows = parse(text, { ...OPTIONS, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return rows.map(({ record, info }) => ({ line: info.lines, cells: record }));
  } catch (error) {
    if (error instanceof ImportValidationError) throw error;
    const lines = (error as { lines?: number }).lines ?? 0;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportValidationError([{ file, line: lines, message: `the CSV cannot be read: ${reason}` }]);
  }
}

/** Parses CSV bytes into records keyed by header, keeping each record's line number. */
export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  return csvTableOf(file, readCsvRows(file, bytes));
}

const raggedRow = (file: string, row: CsvRow, width: number): ImportProblem => ({
  file,
  line: row.line,
  message: `the row has ${String(row.cells.length)} fields but the header has ${String(width)}; is the line cut short or a quote unbalanced?`,
});

function keyedTable(file: string, header: string[], body: readonly CsvRow[]): CsvTable {
  return {
    file,
    header,
    records: body.map(({ cells, line }) => {
      const keyed: Record<string, string> = {};
      for (const [i, name] of header.entries()) keyed[name] = cells[i] ?? "";
      return { line, cells: keyed };
    }),
  };
}

/** Rows already parsed, keyed by their header row. */
export function csvTableOf(file: string, rows: readonly CsvRow[]): CsvTable {
  const [headerRow, ...body] = rows;
  const header = (headerRow?.cells ?? []).map((name) => name.trim());
  const short = body.find((row) => row.cells.length !== header.length);
  if (short) throw new ImportValidationError([raggedRow(file, short, header.length)]);
  return keyedTable(file, header, body);
}

/**
 * Parses CSV bytes like readCsv, but lists every row of the wrong width as a problem and reads its
 * cells as far as they go, so that what else is wrong in the file can be said at the same time.
 */
export function readCsvListingRaggedRows(
  file: string,
  bytes: Uint8Array,
): { table: CsvTable; ragged: ImportProblem[] } {
  const [headerRow, ...body] = readCsvRows(file, bytes);
  const header = (headerRow?.cells ?? []).map((name) => name.trim());
  const ragged = body
    .filter((row) => row.cells.length !== header.length)
    .map((row) => raggedRow(file, row, header.length));
  return { table: keyedTable(file, header, body), ragged };
}

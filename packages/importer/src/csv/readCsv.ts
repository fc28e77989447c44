import { parse } from "csv-parse/sync";
import { ImportValidationError } from "../importProblem.ts";
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

/** Parses CSV bytes into records keyed by header, keeping each record's line number. */
export function readCsv(file: string, bytes: Uint8Array): CsvTable {
  const { text } = decodeText(bytes);
  if (!text.trim()) {
    throw new ImportValidationError([
      { file, line: 0, message: "the file is empty; expected a header row and figures" },
    ]);
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each row comes wrapped with its position, which csv-parse's types do not model.
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    const reason =
      error instanceof Error ? error.message.replace(/^Invalid Record Length: /, "") : String(error);
    throw new ImportValidationError([{ file, line: lines, message: `the CSV cannot be read: ${reason}` }]);
  }
  const [headerRow, ...body] = rows;
  const header = (headerRow?.record ?? []).map((name) => name.trim());
  return {
    file,
    header,
    records: body.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ""])),
    })),
  };
}

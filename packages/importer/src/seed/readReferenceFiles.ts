import { findIndicator, parseIsoDate, referenceAreas } from "@csc/domain";
import type { CsvRecord, CsvTable } from "../csv/readCsv.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";

export interface SourceRow {
  key: string;
  title: string;
  body: string;
  meeting: string | null;
  publishedOn: string | null;
  document: string;
  kind: "council_report" | "official_statistics" | "management_information" | "press";
  licence: string | null;
}

export interface AnnotationRow {
  line: number;
  key: string;
  startsOn: string;
  endsOn: string | null;
  title: string;
  description: string;
  indicatorCode: string | null;
  areaCode: string | null;
  sourceKey: string | null;
  citation: string;
}

const SOURCE_KINDS = ["council_report", "official_statistics", "management_information", "press"] as const;

/** Collects a reference file's problems by cell, so they are all reported at once. */
class Cells {
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
    private readonly problems: ImportProblem[],
  ) {}

  private fail(column: string, message: string): void {
    this.problems.push({
      file: this.file,
      line: this.record.line,
      column,
      value: this.record.cells[column] ?? "",
      message,
    });
  }

  required(column: string): string {
    const value = (this.record.cells[column] ?? "").trim();
    if (!value) this.fail(column, "this cell must not be empty");
    return value;
  }

  optional(column: string): string | null {
    return (this.record.cells[column] ?? "").trim() || null;
  }

  date(column: string, required: boolean): string | null {
    const value = required ? this.required(column) : this.optional(column);
    if (value && !parseIsoDate(value)) this.fail(column, "expected a date written YYYY-MM-DD");
    return value;
  }

  /** An optional code that, when given, must be one of `known`. */
  reference(column: string, known: (code: string) => boolean, what: string): string | null {
    const value = this.optional(column);
    if (value && !known(value)) this.fail(column, `unknown ${what}`);
    return value;
  }

  get line(): number {
    return this.record.line;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.required(column);
    const match = allowed.find((option) => option === value);
    if (!match) this.fail(column, `expected one of ${allowed.join(", ")}`);
    return match ?? (allowed[0] as T);
  }
}

function readRows<T>(table: CsvTable, read: (cells: Cells) => T): T[] {
  const problems: ImportProblem[] = [];
  const rows = table.records.map((record) => read(new Cells(table.file, record, problems)));
  if (problems.length > 0) throw new ImportValidationError(problems);
  return rows;
}

export function readSourcesCsv(table: CsvTable): SourceRow[] {
  return readRows(table, (cells) => ({
    key: cells.required("key"),
    title: cells.required("title"),
    body: cells.required("body"),
    meeting: cells.optional("meeting"),
    publishedOn: cells.date("published_on", false),
    document: cells.required("document"),
    kind: cells.oneOf("kind", SOURCE_KINDS),
    licence: cells.optional("licence"),
  }));
}

export function readAnnotationsCsv(table: CsvTable, sourceKeys: ReadonlySet<string>): AnnotationRow[] {
  return readRows(table, (cells) => ({
    line: cells.line,
    key: cells.required("key"),
    startsOn: cells.date("starts_on", true) ?? "",
    endsOn: cells.date("ends_on", false),
    title: cells.required("title"),
    description: cells.required("description"),
    indicatorCode: cells.reference("indicator", (code) => findIndicator(code) !== undefined, "indicator"),
    areaCode: cells.reference("area", (code) => referenceAreas.some((area) => area.code === code), "area"),
    sourceKey: cells.reference("source", (key) => sourceKeys.has(key), "source"),
    citation: cells.required("citation"),
  }));
}

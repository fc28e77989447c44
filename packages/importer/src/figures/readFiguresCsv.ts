import {
  FigureParseError,
  PeriodParseError,
  findBreakdownDimension,
  findIndicator,
  parseFigure,
  parsePeriod,
  type Figure,
  type Indicator,
  type Period,
  type ValueQualifier,
} from "@csc/domain";
import type { CsvRecord, CsvTable } from "../csv/readCsv.ts";
import { checkFigureValue } from "./checkFigureValue.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";

/** One validated row of a figures file, ready to load. */
export interface FigureRecord {
  readonly line: number;
  readonly indicator: Indicator;
  readonly areaCode: string;
  readonly period: Period;
  readonly breakdown: { readonly dimension: string; readonly item: string } | null;
  readonly figure: Figure;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sourceKey: string;
  readonly citation: string;
}

/** What the reader checks codes against: what the database already holds. */
export interface FiguresContext {
  readonly areaCodes: ReadonlySet<string>;
  readonly sourceKeys: ReadonlySet<string>;
}

const REQUIRED = ["indicator", "area", "period", "value", "source", "citation"] as const;
const OPTIONAL = ["breakdown", "qualifier", "numerator", "denominator"] as const;
const QUALIFIERS: readonly ValueQualifier[] = ["approximate", "at_least", "more_than"];

/** Identifies one statement of a figure: the same figure from another table is another statement. */
export function statementKey(record: FigureRecord): string {
  const breakdown = record.breakdown ? `${record.breakdown.dimension}=${record.breakdown.item}` : "";
  return [
    record.indicator.code,
    record.areaCode,
    record.period.key,
    breakdown,
    record.sourceKey,
    record.citation,
  ].join("|");
}

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
  ) {}

  cell(column: string): string {
    return (this.record.cells[column] ?? "").trim();
  }

  problem(column: string | undefined, message: string, value?: string): void {
    this.problems.push({
      file: this.file,
      line: this.record.line,
      ...(column ? { column } : {}),
      ...(value !== undefined ? { value } : {}),
      message,
    });
  }

  optionalNumber(column: "numerator" | "denominator"): number | null {
    const text = this.cell(column);
    if (!text) return null;
    try {
      const { figure } = parseFigure(text);
      if (figure.value !== undefined && figure.value >= 0) return figure.value;
    } catch (error) {
      if (!(error instanceof FigureParseError)) throw error;
    }
    this.problem(column, `expected a number of zero or more, or nothing`, text);
    return null;
  }
}

function readIndicator(row: RowReader): Indicator | null {
  const code = row.cell("indicator");
  const indicator = findIndicator(code);
  if (!indicator)
    row.problem(
      "indicator",
      "unknown indicator; expected a code from the catalogue, such as uasc-arrivals",
      code,
    );
  return indicator ?? null;
}

function readPeriod(row: RowReader, indicator: Indicator | null): Period | null {
  const text = row.cell("period");
  let period: Period;
  try {
    period = parsePeriod(text).period;
  } catch (error) {
    if (!(error instanceof PeriodParseError)) throw error;
    row.problem("period", error.message.replace(/^"[^"]*" is not a period: /, "not a period: "), text);
    return null;
  }
  if (indicator?.kind === "flow" && period.kind === "snapshot") {
    row.problem(
      "period",
      `${indicator.code} is counted over a period (a quarter, a year…), but this is a single day`,
      text,
    );
  }
  if (indicator?.kind === "stock" && period.kind !== "snapshot") {
    row.problem(
      "period",
      `${indicator.code} is counted on a day; give the date, such as "at 31 March 2021", not ${period.label}`,
      text,
    );
  }
  return period;
}

function readBreakdown(row: RowReader, indicator: Indicator | null): FigureRecord["breakdown"] {
  const text = row.cell("breakdown");
  if (!text) return null;
  const match = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(text);
  if (!match) {
    row.problem(
      "breakdown",
      "expected dimension=item, such as referral-source=police, or nothing for the total",
      text,
    );
    return null;
  }
  const [, dimensionCode = "", itemCode = ""] = match;
  const dimension = findBreakdownDimension(dimensionCode);
  if (!dimension) {
    row.problem("breakdown", "unknown breakdown dimension", text);
    return null;
  }
  if (indicator && indicator.dimension !== dimensionCode) {
    row.problem(
      "breakdown",
      indicator.dimension
        ? `${indicator.code} is broken down by ${indicator.dimension}, not ${dimensionCode}`
        : `${indicator.code} has no breakdown; leave the cell empty`,
      text,
    );
  }
  if (!dimension.items.some((item) => item.code === itemCode)) {
    row.problem(
      "breakdown",
      `unknown ${dimension.name.toLowerCase()}; expected one of ${dimension.items.map((item) => item.code).join(", ")}`,
      text,
    );
  }
  return { dimension: dimensionCode, item: itemCode };
}

function readFigure(row: RowReader, indicator: Indicator | null): Figure | null {
  const text = row.cell("value");
  let parsed: ReturnType<typeof parseFigure>;
  try {
    parsed = parseFigure(text);
  } catch (error) {
    if (!(error instanceof FigureParseError)) throw error;
    row.problem("value", error.message.replace(/^"[^"]*" is not a figure: /, ""), text);
    return null;
  }
  const qualifierText = row.cell("qualifier");
  const qualifier = QUALIFIERS.find((q) => q === qualifierText);
  if (qualifierText && !qualifier) {
    row.problem("qualifier", `expected ${QUALIFIERS.join(", ")} or nothing`, qualifierText);
  }
  const { figure } = parsed;
  if (figure.value === undefined) {
    if (qualifier) row.problem("qualifier", "a symbol cannot be qualified", qualifierText);
    return figure;
  }
  if (indicator) {
    const wrong = checkFigureValue(indicator, parsed);
    if (wrong) row.problem("value", wrong, text);
  }
  return qualifier ? { value: figure.value, qualifier } : { value: figure.value };
}

/**
 * Reads and checks a figures file. Every problem in the file is collected and thrown together as an
 * ImportValidationError, so that a file is either wholly valid or nothing is done with it.
 */
export function readFiguresCsv(table: CsvTable, context: FiguresContext): FigureRecord[] {
  const missing = REQUIRED.filter((column) => !table.header.includes(column));
  const unknown = table.header.filter(
    (column) =>
      !(REQUIRED as readonly string[]).includes(column) && !(OPTIONAL as readonly string[]).includes(column),
  );
  if (missing.length > 0 || unknown.length > 0) {
    const problems: ImportProblem[] = [];
    if (missing.length > 0)
      problems.push({ file: table.file, line: 1, message: `missing column(s): ${missing.join(", ")}` });
    if (unknown.length > 0)
      problems.push({
        file: table.file,
        line: 1,
        message: `unknown column(s): ${unknown.join(", ")}; expected ${[...REQUIRED, ...OPTIONAL].join(", ")}`,
      });
    throw new ImportValidationError(problems);
  }
  if (table.records.length === 0) {
    throw new ImportValidationError([
      { file: table.file, line: 0, message: "the file has a header but no figures" },
    ]);
  }

  const problems: ImportProblem[] = [];
  const records: FigureRecord[] = [];
  const firstLineOfStatement = new Map<string, number>();
  for (const csvRecord of table.records) {
    const row = new RowReader(table.file, csvRecord);
    const indicator = readIndicator(row);
    const areaCode = row.cell("area");
    if (!context.areaCodes.has(areaCode)) {
      row.problem(
        "area",
        "unknown area; expected a GSS code such as E10000014 (Hampshire) or E92000001 (England)",
        areaCode,
      );
    }
    const period = readPeriod(row, indicator);
    const breakdown = readBreakdown(row, indicator);
    const figure = readFigure(row, indicator);
    const numerator = row.optionalNumber("numerator");
    const denominator = row.optionalNumber("denominator");
    const sourceKey = row.cell("source");
    if (!context.sourceKeys.has(sourceKey))
      row.problem("source", "unknown source; register the source first", sourceKey);
    const citation = row.cell("citation");
    if (!citation)
      row.problem("citation", "every figure needs a citation: the table, row and column, or paragraph");

    if (row.problems.length === 0 && indicator && period && figure) {
      const record: FigureRecord = {
        line: csvRecord.line,
        indicator,
        areaCode,
        period,
        breakdown,
        figure,
        numerator,
        denominator,
        sourceKey,
        citation,
      };
      const key = statementKey(record);
      const earlier = firstLineOfStatement.get(key);
      if (earlier === undefined) {
        firstLineOfStatement.set(key, csvRecord.line);
        records.push(record);
      } else {
        row.problem(undefined, `duplicate row: line ${earlier} gives the same figure with the same citation`);
      }
    }
    problems.push(...row.problems);
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  return records;
}

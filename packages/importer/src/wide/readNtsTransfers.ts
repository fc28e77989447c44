import { lastDayOfMonth, quarter, requireIndicator, type Area } from "@csc/domain";
import type { CsvTable } from "../csv/readCsv.ts";
import { readFigureCell } from "../figures/readFigureCell.ts";
import { statementKey, type FigureRecord } from "../figures/readFiguresCsv.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import type { ReadResult } from "../readResult.ts";
import { normaliseAreaName } from "./areaNames.ts";

export const NTS_TRANSFERS = {
  dataset: "home-office-nts-transfers",
  source: "home-office-nts-transfers",
  table: "NTS_01",
  areaColumn: "Local Authority or HSCT (NI)",
} as const;

const MEASURES = [
  { indicator: "nts-transfers-in", column: "Transfers into Local Authority" },
  { indicator: "nts-transfers-in-from-port", column: "Transfers into LA from port/intake unit" },
  { indicator: "nts-transfers-out", column: "Transfers out of Local Authority" },
] as const;

const REQUIRED = ["Date", "Year", "Quarter", NTS_TRANSFERS.areaColumn, ...MEASURES.map((m) => m.column)];

/**
 * Reads the Home Office National Transfer Scheme table (one row per council and calendar quarter).
 * Councils are named, not coded, so rows for a council the platform does not hold, and the UK
 * total, are left out and listed; "*Total South East" is the South East region.
 */
export function readNtsTransfers(table: CsvTable, areaByName: ReadonlyMap<string, Area>): ReadResult {
  const missing = REQUIRED.filter((column) => !table.header.includes(column));
  if (missing.length > 0)
    throw new ImportValidationError([
      { file: table.file, line: 1, message: `missing column(s): ${missing.join(", ")}` },
    ]);
  const problems: ImportProblem[] = [];
  const records: FigureRecord[] = [];
  const unknown = new Set<string>();
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const cell = (column: string) => (record.cells[column] ?? "").trim();
    const name = cell(NTS_TRANSFERS.areaColumn);
    const region = cell("Region");
    const isRegionTotal = name === "*Total" && region.startsWith("*Total ");
    const area = areaByName.get(normaliseAreaName(isRegionTotal ? region : name));
    if (!area || (name === "*Total" && !isRegionTotal)) {
      unknown.add(name === "*Total" && !isRegionTotal ? "*Total (United Kingdom)" : name);
      continue;
    }
    const year = Number(cell("Year"));
    const quarterOfYear = Number(cell("Quarter"));
    if (!Number.isInteger(year) || year < 2000 || ![1, 2, 3, 4].includes(quarterOfYear)) {
      problems.push({
        file: table.file,
        line: record.line,
        column: "Quarter",
        value: `${cell("Year")} Q${cell("Quarter")}`,
        message: "expected a year and a quarter from 1 to 4",
      });
      continue;
    }
    const period = quarter(year, quarterOfYear);
    const expectedEnd = lastDayOfMonth(year, quarterOfYear * 3);
    if (cell("Date") !== expectedEnd) {
      problems.push({
        file: table.file,
        line: record.line,
        column: "Date",
        value: cell("Date"),
        message: `expected ${expectedEnd}, the last day of ${period.label}`,
      });
      continue;
    }
    for (const measure of MEASURES) {
      const indicator = requireIndicator(measure.indicator);
      const text = cell(measure.column);
      const cellFigure = readFigureCell(indicator, text);
      if ("problem" in cellFigure) {
        problems.push({
          file: table.file,
          line: record.line,
          column: measure.column,
          value: text,
          message: cellFigure.problem,
        });
        continue;
      }
      const { figure } = cellFigure;
      const figureRecord: FigureRecord = {
        line: record.line,
        indicator,
        areaCode: area.code,
        period,
        breakdown: null,
        figure,
        numerator: null,
        denominator: null,
        sourceKey: NTS_TRANSFERS.source,
        citation: `${NTS_TRANSFERS.table}: ${measure.column}`,
      };
      const key = statementKey(figureRecord);
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        problems.push({
          file: table.file,
          line: record.line,
          message: `duplicate row: line ${String(earlier)} already gives ${area.name}, ${period.label}`,
        });
        continue;
      }
      firstLine.set(key, record.line);
      records.push(figureRecord);
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  const notes =
    unknown.size > 0
      ? [`Rows for areas the platform has no code for were not loaded: ${[...unknown].join(", ")}.`]
      : [];
  return { records, areas: [], notes };
}

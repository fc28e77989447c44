import { lastDayOfMonth, quarter, requireIndicator, type Area } from "@csc/domain";
import type { CsvTable } from "../csv/readCsv.ts";
import { FigureCollector } from "../figures/figureCollector.ts";
import { ImportValidationError } from "../importProblem.ts";
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
  const areaNames = new Map([...areaByName.values()].map((area) => [area.code, area.name]));
  const collector = new FigureCollector(
    table.file,
    ({ areaCode, period }) => `${areaNames.get(areaCode) ?? areaCode}, ${period.label}`,
  );
  const unknown = new Set<string>();
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
      const found = `${cell("Year")} Q${cell("Quarter")}`;
      collector.problem(record.line, "Quarter", found, "expected a year and a quarter from 1 to 4");
      continue;
    }
    const period = quarter(year, quarterOfYear);
    const expectedEnd = lastDayOfMonth(year, quarterOfYear * 3);
    if (cell("Date") !== expectedEnd) {
      const expected = `expected ${expectedEnd}, the last day of ${period.label}`;
      collector.problem(record.line, "Date", cell("Date"), expected);
      continue;
    }
    for (const measure of MEASURES) {
      const indicator = requireIndicator(measure.indicator);
      collector.add(
        {
          line: record.line,
          column: measure.column,
          text: cell(measure.column),
          key: `${measure.indicator}|${area.code}|${period.key}`,
        },
        {
          indicator,
          areaCode: area.code,
          period,
          breakdown: null,
          numerator: null,
          denominator: null,
          sourceKey: NTS_TRANSFERS.source,
          citation: `${NTS_TRANSFERS.table}: ${measure.column}`,
        },
      );
    }
  }
  if (collector.problems.length > 0) throw new ImportValidationError(collector.problems);
  const notes =
    unknown.size > 0
      ? [`Rows for areas the platform has no code for were not loaded: ${[...unknown].join(", ")}.`]
      : [];
  return { records: collector.records, notes };
}

import { findIndicator } from "@csc/domain";
import type { CsvTable } from "../csv/readCsv.ts";
import type { ImportProblem } from "../importProblem.ts";
import { resolveColumn } from "./resolveColumns.ts";
import type { TidyPublication } from "./tidyPublication.ts";

/**
 * Checks a data file's `.meta.csv` against the mapping that will read it: the columns read as
 * figures must be indicators, the ones rows are chosen by must be filters, and a percentage must
 * be mapped to a percentage. A release that changed what a column means is caught here.
 */
export function checkTidyMeta(meta: CsvTable, data: CsvTable, publication: TidyPublication): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const described = new Map(meta.records.map((record) => [(record.cells.col_name ?? "").trim(), record]));
  const expect = (column: string, type: "Indicator" | "Filter", unit?: string) => {
    const record = described.get(column);
    if (!record) {
      problems.push({
        file: meta.file,
        line: 0,
        value: column,
        message: `does not describe the column ${column}`,
      });
      return;
    }
    const found = (record.cells.col_type ?? "").trim();
    if (found !== type)
      problems.push({
        file: meta.file,
        line: record.line,
        column: "col_type",
        value: found,
        message: `${publication.table} reads ${column} as ${type === "Indicator" ? "figures" : "a filter"}, so it should be ${type}`,
      });
    const foundUnit = (record.cells.indicator_unit ?? "").trim();
    if (unit !== undefined && type === "Indicator" && (foundUnit === "%") !== (unit === "percent"))
      problems.push({
        file: meta.file,
        line: record.line,
        column: "indicator_unit",
        value: foundUnit,
        message: `${column} is mapped to an indicator measured in ${unit}`,
      });
  };
  for (const measure of publication.measures) {
    const column = resolveColumn(data.header, measure.column);
    if (column) expect(column, "Indicator", findIndicator(measure.indicator)?.unit);
  }
  for (const names of Object.values(publication.filters ?? {})) {
    const column = resolveColumn(data.header, names);
    if (column) expect(column, "Filter");
  }
  return problems;
}

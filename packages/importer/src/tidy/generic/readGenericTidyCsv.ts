import { areaRegister, type AreaRegister, type Indicator, type Period } from "@csc/domain";
import type { CsvTable } from "../../csv/readCsv.ts";
import { FigureCollector } from "../../figures/figureCollector.ts";
import { ImportValidationError, type ImportProblem } from "../../importProblem.ts";
import type { ReadResult } from "../../readResult.ts";
import { RowAreas } from "../rowAreas.ts";
import { genericDimension, genericIndicator } from "./genericIndicator.ts";
import { genericPeriod, type GenericPeriod } from "./genericPeriod.ts";
import { humanise } from "./tableName.ts";
import { tidyColumnsOf, type FilterColumn } from "./tidyColumns.ts";

const STANDARD_COLUMNS = ["time_period", "time_identifier", "geographic_level"];
const TOTAL = /^(total|all)$/i;
const MAX_DECIMALS = 3;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "blank";

/** The breakdown item a row's filter values name, or null for the total (every filter "Total"). */
function itemOf(cells: Readonly<Record<string, string>>, filters: readonly FilterColumn[]) {
  const values = filters.map((filter) => (cells[filter.column] ?? "").trim());
  if (values.every((value) => TOTAL.test(value))) return null;
  return { code: values.map(slug).join("--"), name: values.join(" / ") };
}

/** Decimal places a column's figures are printed with, at most MAX_DECIMALS. */
function decimalsIn(table: CsvTable, column: string): number {
  let most = 0;
  for (const { cells } of table.records) {
    const match = /\.(\d+)$/.exec((cells[column] ?? "").trim());
    if (match?.[1]) most = Math.max(most, match[1].length);
  }
  return Math.min(most, MAX_DECIMALS);
}

function checkColumns(data: CsvTable, problems: ImportProblem[]) {
  for (const column of STANDARD_COLUMNS)
    if (!data.header.includes(column))
      problems.push({
        file: data.file,
        line: 1,
        message: `missing column ${column}; this is not an EES tidy data file`,
        check: "precheck_col_req",
      });
}

/**
 * Reads an EES tidy file that no mapping describes, as the file describes itself: each figures
 * column becomes an indicator named from the table and column, its filters a breakdown, its
 * symbols kept. The same checks as for a mapped table apply, named as DfE's screener names them;
 * every problem is reported together and nothing is loaded from a file with any.
 */
export function readGenericTidyCsv(
  data: CsvTable,
  meta: CsvTable | undefined,
  table: string,
  register: AreaRegister = areaRegister,
): ReadResult {
  const problems: ImportProblem[] = [];
  checkColumns(data, problems);
  const columns = tidyColumnsOf(data, meta);
  problems.push(...columns.problems);
  if (problems.length > 0) throw new ImportValidationError(problems);
  if (data.records.length === 0)
    throw new ImportValidationError([
      { file: data.file, line: 0, message: "the file has a header but no rows" },
    ]);

  const { filters } = columns;
  const items = new Map<string, string>();
  for (const { cells } of data.records) {
    const item = filters.length ? itemOf(cells, filters) : null;
    if (item) items.set(item.code, item.name);
  }
  const dimension = items.size > 0 ? genericDimension(table, filters, items) : undefined;
  const indicators = columns.indicators.map((column) => ({
    column: column.column,
    indicator: genericIndicator(
      table,
      column,
      column.decimals ?? decimalsIn(data, column.column),
      dimension?.code,
    ),
  }));
  const sourceKey = `ees/${table}`;
  const byCode = new Map<string, Indicator>(indicators.map(({ indicator }) => [indicator.code, indicator]));

  const collector = new FigureCollector(
    data.file,
    ({ indicator, areaCode, period, breakdown }) =>
      `${indicator.code} for ${register.get(areaCode)?.name ?? areaCode}, ${period.label}${breakdown ? `, ${breakdown.item}` : ""}`,
  );
  const areas = new RowAreas(register, collector);
  const periodCache = new Map<string, GenericPeriod>();
  for (const { cells, line } of data.records) {
    const blank = filters.find((filter) => !(cells[filter.column] ?? "").trim());
    if (blank) {
      collector.problem(
        line,
        blank.column,
        "",
        "a filter cell is blank; EES uses Total for totals",
        "filter_blanks",
      );
      continue;
    }
    const area = areas.areaOf(cells, line);
    if (!area) continue;
    const identifier = (cells.time_identifier ?? "").trim();
    const timePeriod = (cells.time_period ?? "").trim();
    const periodKey = `${identifier}|${timePeriod}`;
    let when = periodCache.get(periodKey);
    if (!when) {
      when = genericPeriod(identifier, timePeriod);
      periodCache.set(periodKey, when);
    }
    if ("problem" in when) {
      const value = when.column === "time_period" ? timePeriod : identifier;
      collector.problem(line, when.column, value, when.problem, when.check);
      continue;
    }
    const period: Period = when.period;
    const item = dimension ? itemOf(cells, filters) : null;
    const breakdown = item && dimension ? { dimension: dimension.code, item: item.code } : null;
    for (const { column, indicator } of indicators) {
      const text = cells[column] ?? "";
      collector.add(
        {
          line,
          column,
          text,
          key: `${indicator.code}|${area.code}|${period.key}|${breakdown?.item ?? ""}`,
        },
        {
          indicator,
          areaCode: area.code,
          period,
          breakdown,
          numerator: null,
          denominator: null,
          sourceKey,
          citation: `${table}: ${column}`,
        },
      );
    }
  }
  if (collector.problems.length > 0) throw new ImportValidationError(collector.problems);
  if (collector.records.length === 0)
    throw new ImportValidationError([
      { file: data.file, line: 0, message: "no row is for England, a region or a local authority" },
    ]);
  const notes = [...columns.notes];
  notes.push(...areas.notes());
  notes.unshift(
    `The importer has no mapping for this table, so it was read as the file describes itself: ${String(byCode.size)} indicator(s) (${[...byCode.keys()].join(", ")})${dimension ? `, split by ${dimension.name.toLowerCase()}` : ""}.`,
  );
  return {
    records: collector.records,
    notes,
    catalogue: {
      source: {
        key: sourceKey,
        title: `${humanise(table)} (Explore education statistics)`,
        body: "Department for Education",
        meeting: null,
        publishedOn: null,
        document: data.file,
        kind: "official_statistics",
        licence: null,
      },
      indicators: indicators.map(({ indicator }) => indicator),
      dimensions: dimension ? [dimension] : [],
    },
  };
}

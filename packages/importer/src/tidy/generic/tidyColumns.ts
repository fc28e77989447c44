import { FigureParseError, parseFigure } from "@csc/domain";
import type { CsvTable } from "../../csv/readCsv.ts";
import type { ImportProblem } from "../../importProblem.ts";

/** Columns every tidy file has, and the geography columns EES defines for each level. */
const TIME_AND_LEVEL = new Set(["time_period", "time_identifier", "geographic_level"]);
const GEOGRAPHY =
  /^(country|region|old_la|new_la|la|lad|pcon|ward|opportunity_area|rsc_region_lead|school|provider|institution|planning_area|lsip|local_enterprise_partnership|english_devolved_area|mayoral_combined_authority|local_authority_district|trust|sponsor)_(code|name|urn|laestab|ukprn|id|lead_name)$/;

export interface IndicatorColumn {
  readonly column: string;
  readonly label: string;
  /** EES's indicator_unit ("%", "£"…), when a .meta.csv gives one. */
  readonly unit: string | null;
  /** EES's indicator_dp, when a .meta.csv gives one. */
  readonly decimals: number | null;
}

export interface FilterColumn {
  readonly column: string;
  readonly label: string;
}

export interface TidyColumns {
  readonly indicators: readonly IndicatorColumn[];
  /** Filters with two or more values: together they split each indicator's figures. */
  readonly filters: readonly FilterColumn[];
  readonly notes: readonly string[];
  readonly problems: readonly ImportProblem[];
}

function isFigure(text: string): boolean {
  try {
    parseFigure(text);
    return true;
  } catch (error) {
    if (error instanceof FigureParseError) return false;
    throw error;
  }
}

/**
 * Whether a column without a .meta.csv holds figures: most of its cells numbers or GSS symbols,
 * so that a stray word in a column of figures is reported as a bad figure, not taken for a filter.
 */
function holdsFigures(table: CsvTable, column: string): boolean {
  let figures = 0;
  let others = 0;
  let numbers = 0;
  for (const { cells } of table.records) {
    const text = (cells[column] ?? "").trim();
    if (!text) continue;
    if (isFigure(text)) figures++;
    else others++;
    if (/^-?[\d,.]+$/.test(text)) numbers++;
  }
  return numbers > 0 && figures > others;
}

function describedByMeta(meta: CsvTable, data: CsvTable) {
  const problems: ImportProblem[] = [];
  const rows = new Map(meta.records.map((record) => [(record.cells.col_name ?? "").trim(), record]));
  for (const [name, record] of rows) {
    if (!data.header.includes(name))
      problems.push({
        file: meta.file,
        line: record.line,
        column: "col_name",
        value: name,
        message: "describes a column the data file does not have",
        check: "precheck_cross_meta_to_data",
      });
    const type = (record.cells.col_type ?? "").trim();
    if (type !== "Filter" && type !== "Indicator")
      problems.push({
        file: meta.file,
        line: record.line,
        column: "col_type",
        value: type,
        message: "col_type must be Filter or Indicator",
        check: "meta_col_type",
      });
  }
  return { rows, problems };
}

/**
 * Which of a tidy file's columns are indicators and which are filters: as its `.meta.csv` says,
 * or, without one, by whether every cell holds a figure. Filters with a single value split
 * nothing and are left out of the breakdown (the screener's filter_not_singular).
 */
export function tidyColumnsOf(data: CsvTable, meta: CsvTable | undefined): TidyColumns {
  const candidates = data.header.filter((column) => !TIME_AND_LEVEL.has(column) && !GEOGRAPHY.test(column));
  const described = meta ? describedByMeta(meta, data) : undefined;
  const problems: ImportProblem[] = [...(described?.problems ?? [])];
  const notes: string[] = [];
  const indicators: IndicatorColumn[] = [];
  const filters: FilterColumn[] = [];
  for (const column of candidates) {
    const record = described?.rows.get(column);
    if (described && !record) {
      problems.push({
        file: data.file,
        line: 1,
        column,
        message: "the .meta.csv does not describe this column",
        check: "precheck_cross_data_to_meta",
      });
      continue;
    }
    const label = (record?.cells.label ?? "").trim() || column;
    const type = record
      ? (record.cells.col_type ?? "").trim()
      : holdsFigures(data, column)
        ? "Indicator"
        : "Filter";
    if (type === "Indicator") {
      const dp = (record?.cells.indicator_dp ?? "").trim();
      indicators.push({
        column,
        label,
        unit: (record?.cells.indicator_unit ?? "").trim() || null,
        decimals: /^\d+$/.test(dp) ? Number(dp) : null,
      });
    } else if (type === "Filter") {
      const values = new Set(data.records.map(({ cells }) => (cells[column] ?? "").trim()));
      if (values.size > 1) filters.push({ column, label });
      else
        notes.push(
          `The filter ${column} has one value ("${[...values][0] ?? ""}") throughout, so it splits nothing.`,
        );
    }
  }
  if (!meta && candidates.length > 0)
    notes.push(
      `With no .meta.csv, ${indicators.map((i) => i.column).join(", ") || "no column"} were read as figures (most cells numbers or symbols) and ${filters.map((f) => f.column).join(", ") || "no column"} as filters.`,
    );
  if (indicators.length === 0)
    problems.push({
      file: data.file,
      line: 1,
      message: "no column holds figures: a tidy file needs at least one indicator column",
      check: "meta_col_type",
    });
  return { indicators, filters, notes, problems };
}

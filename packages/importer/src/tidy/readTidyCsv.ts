import {
  areaRegister,
  FigureParseError,
  parseFigure,
  requireIndicator,
  type AreaRegister,
  type Indicator,
  type Period,
} from "@csc/domain";
import type { CsvTable } from "../csv/readCsv.ts";
import { FigureCollector } from "../figures/figureCollector.ts";
import type { FigureRecord } from "../figures/readFiguresCsv.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import type { ReadResult } from "../readResult.ts";
import { matchesWhere } from "./matchesWhere.ts";
import { resolveColumn } from "./resolveColumns.ts";
import { RowAreas } from "./rowAreas.ts";
import { tidyPeriod } from "./tidyPeriod.ts";
import type { TidyMeasure, TidyPublication } from "./tidyPublication.ts";

const TIME_IDENTIFIERS = ["Reporting year", "Financial year"];
const STANDARD_COLUMNS = ["time_period", "time_identifier", "geographic_level"];

interface ResolvedMeasure {
  readonly measure: TidyMeasure;
  readonly indicator: Indicator;
  readonly citation: string;
  readonly column: string;
  readonly numerator: string | undefined;
  readonly denominator: string | undefined;
}

/** A measure a row's filter values select, with the breakdown item they name. */
interface SelectedMeasure {
  readonly resolved: ResolvedMeasure;
  /**
   * The same for measures giving the same indicator under the same citation; with area, period
   * and item it identifies a figure, so that a file giving one twice is refused.
   */
  readonly identity: number;
  readonly breakdown: FigureRecord["breakdown"];
}

function selectMeasures(
  measures: readonly ResolvedMeasure[],
  filterValue: (filter: string) => string,
): SelectedMeasure[] {
  const identities = measures.map(({ indicator, citation }) =>
    measures.findIndex((other) => other.indicator === indicator && other.citation === citation),
  );
  return measures.flatMap((resolved, i): SelectedMeasure[] => {
    const { measure } = resolved;
    const identity = identities[i] ?? i;
    if (!matchesWhere(measure, filterValue)) return [];
    if (!measure.breakdown) return [{ resolved, identity, breakdown: null }];
    const item = measure.breakdown.items[filterValue(measure.breakdown.filter)];
    return item ? [{ resolved, identity, breakdown: { dimension: measure.breakdown.dimension, item } }] : [];
  });
}

/** A number the figure was computed from; a suppressed or missing one is simply not recorded. */
function optionalNumber(text: string | undefined): number | null {
  if (!text?.trim()) return null;
  try {
    return parseFigure(text).figure.value ?? null;
  } catch (error) {
    if (error instanceof FigureParseError) return null;
    throw error;
  }
}

function resolveColumns(table: CsvTable, publication: TidyPublication) {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  for (const column of STANDARD_COLUMNS) {
    if (!table.header.includes(column))
      problems.push({
        file: table.file,
        line: 1,
        message: `missing column ${column}; this is not an EES tidy data file`,
      });
  }
  for (const names of publication.required) {
    if (!resolveColumn(table.header, names))
      problems.push({
        file: table.file,
        line: 1,
        message: `missing column ${names.join(" or ")}, which ${publication.table} always has`,
      });
  }
  const filters = new Map<string, string>();
  for (const [filter, names] of Object.entries(publication.filters ?? {})) {
    const column = resolveColumn(table.header, names);
    if (column) filters.set(filter, column);
    else problems.push({ file: table.file, line: 1, message: `missing column ${names.join(" or ")}` });
  }
  const measures: ResolvedMeasure[] = [];
  for (const measure of publication.measures) {
    const column = resolveColumn(table.header, measure.column);
    if (!column) {
      notes.push(
        `This release has no ${measure.column.join(" or ")} column, so it gives no ${measure.indicator} figures.`,
      );
      continue;
    }
    measures.push({
      measure,
      indicator: requireIndicator(measure.indicator),
      citation: `${publication.table}: ${measure.label}`,
      column,
      numerator: measure.numerator && resolveColumn(table.header, measure.numerator),
      denominator: measure.denominator && resolveColumn(table.header, measure.denominator),
    });
  }
  return { problems, notes, filters, measures };
}

/**
 * Reads an EES tidy data file with a publication's mapping. Every problem in the file is collected
 * and thrown together, so that nothing is loaded from a file that is partly wrong. Every area is
 * looked up in the register, so that any English council's rows can be loaded and no unknown code
 * creates an area.
 */
export function readTidyCsv(
  table: CsvTable,
  publication: TidyPublication,
  register: AreaRegister = areaRegister,
): ReadResult {
  const { problems, notes, filters, measures } = resolveColumns(table, publication);
  if (problems.length > 0) throw new ImportValidationError(problems);
  if (table.records.length === 0)
    throw new ImportValidationError([
      { file: table.file, line: 0, message: "the file has a header but no rows" },
    ]);

  const collector = new FigureCollector(
    table.file,
    ({ indicator, areaCode, period }) =>
      `${indicator.code} for ${register.get(areaCode)?.name ?? areaCode}, ${period.label}`,
  );
  const areas = new RowAreas(register, collector);
  let unmappedRows = 0;
  // Files repeat a few filter values, and each area and year, over thousands of rows; each is
  // worked out once.
  const filterColumns = [...filters.values()];
  const selections = new Map<string, readonly SelectedMeasure[]>();
  const periodCache = new Map<string, Period | null>();
  for (const record of table.records) {
    const { cells, line } = record;
    const filterKey = filterColumns.map((column) => cells[column] ?? "").join("\u0000");
    let selected = selections.get(filterKey);
    if (!selected) {
      selected = selectMeasures(measures, (filter) => (cells[filters.get(filter) ?? ""] ?? "").trim());
      selections.set(filterKey, selected);
    }
    if (selected.length === 0) {
      unmappedRows++;
      continue;
    }
    const area = areas.areaOf(cells, line);
    if (!area) continue;
    const identifier = (cells.time_identifier ?? "").trim();
    if (!TIME_IDENTIFIERS.includes(identifier)) {
      collector.problem(
        line,
        "time_identifier",
        identifier,
        `expected ${TIME_IDENTIFIERS.join(" or ")}`,
        "time_id_valid",
      );
      continue;
    }
    const timePeriod = cells.time_period ?? "";
    for (const { resolved, breakdown, identity } of selected) {
      const { measure, indicator, citation, column, numerator, denominator } = resolved;
      const periodKey = `${measure.time}|${timePeriod}`;
      let period = periodCache.get(periodKey);
      if (period === undefined) {
        period = tidyPeriod(timePeriod, measure.time);
        periodCache.set(periodKey, period);
      }
      if (!period) {
        const expected = "expected a year such as 2021, or a financial year such as 202021";
        const check = /^\d{6}$/.test(timePeriod.trim()) ? "time_period_six" : "time_period";
        collector.problem(line, "time_period", timePeriod.trim(), expected, check);
        break;
      }
      collector.add(
        {
          line,
          column,
          text: cells[column] ?? "",
          key: `${String(identity)}|${area.code}|${period.key}|${breakdown?.item ?? ""}`,
        },
        {
          indicator,
          areaCode: area.code,
          period,
          breakdown,
          numerator: numerator ? optionalNumber(cells[numerator]) : null,
          denominator: denominator ? optionalNumber(cells[denominator]) : null,
          sourceKey: publication.source,
          citation,
        },
      );
    }
  }
  const { records } = collector;
  if (collector.problems.length > 0) throw new ImportValidationError(collector.problems);
  if (records.length === 0)
    throw new ImportValidationError([
      {
        file: table.file,
        line: 0,
        message: `no row holds a measure that ${publication.table} is mapped for`,
      },
    ]);
  notes.push(...areas.notes());
  if (unmappedRows > 0)
    notes.push(
      `${String(unmappedRows)} row(s) hold breakdowns or measures the platform does not map, and were not loaded.`,
    );
  return { records, notes };
}

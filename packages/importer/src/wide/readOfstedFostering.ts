import {
  financialYear,
  requireIndicator,
  snapshot,
  type Area,
  type ParsedFigure,
  type Period,
} from "@csc/domain";
import type { CsvRow } from "../csv/readCsv.ts";
import { FigureCollector } from "../figures/figureCollector.ts";
import { ImportValidationError } from "../importProblem.ts";
import type { ReadResult } from "../readResult.ts";
import { normaliseAreaName } from "./areaNames.ts";

export const OFSTED_FOSTERING = {
  dataset: "ofsted-fostering",
  source: "ofsted-fostering-in-england",
  table: "Fostering in England, local authority level data",
} as const;

/** ".." is Ofsted's mark for a figure withheld to protect confidentiality. */
const OFSTED_MARKS: Record<string, ParsedFigure> = { "..": { figure: { symbol: "c" }, written: "plain" } };

interface OfstedMeasure {
  readonly indicator: string;
  /** The row's label, compared without case, spacing or the footnote marks Ofsted appends. */
  readonly label: string;
  readonly at: "year" | "31 March";
}

const MEASURES: readonly OfstedMeasure[] = [
  {
    indicator: "fostering-enquiries",
    label: "Number of initial enquiries from new prospective fostering households",
    at: "year",
  },
  {
    indicator: "fostering-applications",
    label: "Total number of applications received from prospective fostering households",
    at: "year",
  },
  { indicator: "fostering-applications-approved", label: "Number of applications approved", at: "year" },
  {
    indicator: "fostering-households-approved",
    label: "Total number of households approved in year",
    at: "year",
  },
  { indicator: "fostering-households", label: "Total approved households", at: "31 March" },
];

const normaliseLabel = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function measureOf(label: string): OfstedMeasure | undefined {
  const normalised = normaliseLabel(label);
  // The 2018-19 table adds "between 1 April and 31 March" to some labels; the start identifies the row.
  return MEASURES.find((measure) => normalised.startsWith(normaliseLabel(measure.label)));
}

/** The year April to March a file covers, from its name: "2017-18" or "2018_to_2019". */
function ofstedYearOfFileName(file: string): number | null {
  const match = /(20\d{2})(?:-|_to_|_)(\d{2}|20\d{2})(?!\d)/.exec(file);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end % 100 === (start + 1) % 100 ? start : null;
}

/**
 * Reads Ofsted's wide "Fostering in England" table: one row per measure, one column per area, with
 * the measure's label in the last of the leading label columns. Values are rounded to the nearest 5
 * and ".." marks a suppressed figure. Columns naming a council the platform has no code for are
 * left out and listed, since a name alone cannot be matched to a council safely.
 */
export function readOfstedFostering(
  file: string,
  rows: readonly CsvRow[],
  areaByName: ReadonlyMap<string, Area>,
  startYear: number | null = ofstedYearOfFileName(file),
): ReadResult {
  const [header] = rows;
  if (!header) throw new ImportValidationError([{ file, line: 0, message: "the file is empty" }]);
  if (startYear === null)
    throw new ImportValidationError([
      {
        file,
        line: 0,
        message: 'cannot tell the year from the file name; name it like "…2018-19…" or give the period',
      },
    ]);
  const firstArea = header.cells.findIndex((cell) => cell.trim() !== "");
  const labelColumn = Math.max(0, firstArea - 1);
  const columns: { index: number; area: Area; heading: string }[] = [];
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    if (index < firstArea || !heading) return;
    const area = areaByName.get(normaliseAreaName(heading));
    if (area) columns.push({ index, area, heading });
    else unknown.push(heading);
  });
  if (!columns.some(({ area }) => area.level === "country"))
    throw new ImportValidationError([
      {
        file,
        line: header.line,
        message:
          "expected a header row of area names starting with England; is this Ofsted's wide fostering table?",
      },
    ]);

  const periods: Record<OfstedMeasure["at"], Period> = {
    year: financialYear(startYear),
    "31 March": snapshot(`${String(startYear + 1)}-03-31`),
  };
  const collector = new FigureCollector(
    file,
    ({ indicator }) =>
      `"${MEASURES.find((measure) => measure.indicator === indicator.code)?.label ?? indicator.code}"`,
    OFSTED_MARKS,
  );
  for (const row of rows.slice(1)) {
    const label = row.cells[labelColumn] ?? "";
    const measure = measureOf(label);
    if (!measure) continue;
    const indicator = requireIndicator(measure.indicator);
    for (const { index, area, heading } of columns) {
      collector.add(
        {
          line: row.line,
          column: heading,
          text: row.cells[index] ?? "",
          key: `${measure.indicator}|${area.code}`,
        },
        {
          indicator,
          areaCode: area.code,
          period: periods[measure.at],
          breakdown: null,
          numerator: null,
          denominator: null,
          sourceKey: OFSTED_FOSTERING.source,
          citation: `${OFSTED_FOSTERING.table}: ${measure.label}`,
        },
      );
    }
  }
  const { records } = collector;
  if (collector.problems.length > 0) throw new ImportValidationError(collector.problems);
  if (records.length === 0)
    throw new ImportValidationError([
      { file, line: 0, message: "no row holds a fostering measure the importer maps" },
    ]);
  const notes =
    unknown.length > 0
      ? [
          `${String(unknown.length)} column(s) name areas the platform has no code for, and were not loaded: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}.`,
        ]
      : [];
  return { records, notes };
}

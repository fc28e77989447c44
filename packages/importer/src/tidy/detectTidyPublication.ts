import type { CsvTable } from "../csv/readCsv.ts";
import { matchesWhere } from "./matchesWhere.ts";
import { tidyPublications } from "./publications/index.ts";
import { resolveColumn } from "./resolveColumns.ts";
import type { TidyPublication } from "./tidyPublication.ts";

/**
 * A known table; or why the file is none (it is then read generically); or, when it could be
 * several known tables, which, so the author can choose.
 */
export type Detection =
  { readonly publication: TidyPublication } | { readonly reason: string; readonly ambiguous?: true };

/** How many rows a publication's measures would read from the table. */
function mappedRows(table: CsvTable, publication: TidyPublication): number {
  const filterColumns = Object.fromEntries(
    Object.entries(publication.filters ?? {}).map(([filter, names]) => [
      filter,
      resolveColumn(table.header, names) ?? "",
    ]),
  );
  return table.records.filter((record) =>
    publication.measures.some((measure) =>
      matchesWhere(measure, (filter) => (record.cells[filterColumns[filter] ?? ""] ?? "").trim()),
    ),
  ).length;
}

/**
 * Which known table a tidy file is, from its columns; where two tables share their columns (the
 * started and ceased files), from which one's rows it holds.
 */
export function detectTidyPublication(table: CsvTable): Detection {
  const candidates = tidyPublications.filter((publication) =>
    publication.required.every((names) => resolveColumn(table.header, names)),
  );
  if (candidates.length === 0)
    return {
      reason: `its columns match none of the official-statistics tables the importer knows (${tidyPublications.map((p) => p.table).join(", ")})`,
    };
  const scored = candidates
    .map((publication) => ({ publication, rows: mappedRows(table, publication) }))
    .sort((a, b) => b.rows - a.rows);
  const [best, next] = scored;
  if (best && best.rows > 0 && best.rows !== next?.rows) return { publication: best.publication };
  if (best && best.rows === 0)
    return {
      reason: `its columns look like ${candidates.map((p) => p.table).join(" or ")}, but none of its rows hold a measure the importer maps`,
    };
  return {
    reason: `it could be any of ${candidates.map((p) => p.dataset).join(", ")}; choose the publication`,
    ambiguous: true,
  };
}

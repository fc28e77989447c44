import type { CsvRow } from "../csv/readCsv.ts";
import { NTS_TRANSFERS } from "../wide/readNtsTransfers.ts";

/**
 * The kinds of file the importer reads. A tidy file is further identified by its publication
 * (see detectTidyPublication); an SSDA903 extract is several tables read together (see
 * splitCareExtract); the others have one layout each.
 */
export type ImportFormat = "figures" | "tidy" | "ofsted-fostering" | "nts-transfers" | "ssda903";

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  "figures",
  "tidy",
  "ofsted-fostering",
  "nts-transfers",
];

/** Which format a file is in, from its header row; null when it is none the importer knows. */
export function detectImportFormat(rows: readonly CsvRow[]): ImportFormat | null {
  const header = (rows[0]?.cells ?? []).map((cell) => cell.trim());
  if (["indicator", "area", "period", "value"].every((column) => header.includes(column))) return "figures";
  if (["time_period", "geographic_level"].every((column) => header.includes(column))) return "tidy";
  if (header.includes(NTS_TRANSFERS.areaColumn)) return "nts-transfers";
  if (header[0] === "" && header.includes("England")) return "ofsted-fostering";
  return null;
}

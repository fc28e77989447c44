export { readCsv, type CsvRecord, type CsvTable } from "./csv/readCsv.ts";
export { decodeText } from "./csv/decodeText.ts";
export {
  readFiguresCsv,
  statementKey,
  type FigureRecord,
  type FiguresContext,
} from "./figures/readFiguresCsv.ts";
export { loadRelease, type LoadResult, type ReleaseDetails } from "./load/loadRelease.ts";
export { seedDatabase, type SeedSummary } from "./seed/seedDatabase.ts";
export { describeDatabaseContents } from "./seed/describeDatabaseContents.ts";
export { ImportValidationError, describeProblem, type ImportProblem } from "./importProblem.ts";

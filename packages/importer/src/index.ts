export { readCsv, type CsvRecord, type CsvTable } from "./csv/readCsv.ts";
export { decodeText } from "./csv/decodeText.ts";
export {
  readFiguresCsv,
  statementKey,
  type FigureRecord,
  type FiguresContext,
} from "./figures/readFiguresCsv.ts";
export { loadRelease, type LoadResult, type ReleaseDetails } from "./load/loadRelease.ts";
export { publishRelease, ReleaseNotPublishable } from "./load/releasePublication.ts";
export { seedDatabase, type SeedSummary } from "./seed/seedDatabase.ts";
export { describeDatabaseContents } from "./seed/describeDatabaseContents.ts";
export {
  ImportValidationError,
  MAX_PROBLEMS_LISTED,
  describeProblem,
  type ImportProblem,
} from "./importProblem.ts";
export {
  importFiles,
  readImportContext,
  type ImportOptions,
  type ImportSummary,
  type ImportedFile,
} from "./import/importFiles.ts";
export { readImportFile, type ImportFile, type ImportContext } from "./import/readImportFile.ts";
export { IMPORT_FORMATS, type ImportFormat } from "./import/importFormat.ts";
export { tidyPublications, findTidyPublication } from "./tidy/publications/index.ts";
export {
  loadPublicStatistics,
  publicStatisticsDirectory,
  publicStatisticsFiles,
} from "./demo/loadPublicStatistics.ts";
export {
  loadNationalStatistics,
  nationalStatisticsDirectory,
  nationalStatisticsFiles,
} from "./demo/loadNationalStatistics.ts";
export { describeImport } from "./cli/describeImport.ts";
export { importCommand } from "./cli/importCommand.ts";
export { checkDataQuality, type QualityScope } from "./quality/checkDataQuality.ts";
export { maxImportBytes } from "./import/importLimits.ts";
export { generateTidyFile } from "./bench/generateTidyFile.ts";
export { importKinds, type ImportKind } from "./import/importKinds.ts";
export { handWorkedExtract, HAND_WORKED_EPISODES } from "./ssda903/handWorkedExtract.ts";
export { ssda903SamplesDirectory } from "./demo/ssda903Samples.ts";

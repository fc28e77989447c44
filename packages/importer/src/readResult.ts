import type { BreakdownDimensionDefinition, Indicator } from "@csc/domain";
import type { FigureRecord } from "./figures/readFiguresCsv.ts";
import type { SourceRow } from "./seed/readReferenceFiles.ts";

/**
 * What an import adds to the catalogue for a table it has no mapping for: the table as a source,
 * an indicator per figures column, and the breakdown its filters make.
 */
export interface ImportedCatalogue {
  readonly source: SourceRow;
  readonly indicators: readonly Indicator[];
  readonly dimensions: readonly BreakdownDimensionDefinition[];
}

/** What a reader makes of a file: the checked figures, and what it left out. */
export interface ReadResult {
  readonly records: readonly FigureRecord[];
  /** Rows or columns deliberately not loaded, said plainly so that nothing is dropped silently. */
  readonly notes: readonly string[];
  readonly catalogue?: ImportedCatalogue;
}

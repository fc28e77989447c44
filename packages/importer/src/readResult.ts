import type { Area } from "@csc/domain";
import type { FigureRecord } from "./figures/readFiguresCsv.ts";

/** What a reader makes of a file: the checked figures, the areas they name, and what it left out. */
export interface ReadResult {
  readonly records: readonly FigureRecord[];
  /** Areas the file names, which the import adds if the platform does not hold them yet. */
  readonly areas: readonly Area[];
  /** Rows or columns deliberately not loaded, said plainly so that nothing is dropped silently. */
  readonly notes: readonly string[];
}

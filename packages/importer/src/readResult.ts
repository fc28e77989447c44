import type { FigureRecord } from "./figures/readFiguresCsv.ts";

/** What a reader makes of a file: the checked figures, and what it left out. */
export interface ReadResult {
  readonly records: readonly FigureRecord[];
  /** Rows or columns deliberately not loaded, said plainly so that nothing is dropped silently. */
  readonly notes: readonly string[];
}

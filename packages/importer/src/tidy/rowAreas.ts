import type { Area, AreaRegister } from "@csc/domain";
import type { FigureCollector } from "../figures/figureCollector.ts";
import { tidyArea, type TidyAreaResult } from "./tidyArea.ts";

const GEOGRAPHY_COLUMNS = [
  "geographic_level",
  "country_code",
  "country_name",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
];

/**
 * The areas a tidy file's rows are about, each worked out once (files repeat each area over
 * thousands of rows), with the rows of levels the platform does not hold counted for the notes and
 * an unknown area recorded as a problem on its line.
 */
export class RowAreas {
  private readonly cache = new Map<string, TidyAreaResult>();
  /** Rows skipped, by why. */
  readonly skipped = new Map<string, number>();

  constructor(
    private readonly register: AreaRegister,
    private readonly collector: FigureCollector,
  ) {}

  /** The row's area, or undefined when the row is skipped or its area is a problem (recorded). */
  areaOf(cells: Readonly<Record<string, string>>, line: number): Area | undefined {
    let key = "";
    for (const column of GEOGRAPHY_COLUMNS) key += `${cells[column] ?? ""}\u0000`;
    let located = this.cache.get(key);
    if (!located) {
      located = tidyArea(cells, this.register);
      this.cache.set(key, located);
    }
    if ("skip" in located) {
      this.skipped.set(located.skip, (this.skipped.get(located.skip) ?? 0) + 1);
      return undefined;
    }
    if ("problem" in located) {
      const { column, value, message, check } = located.problem;
      this.collector.problem(line, column, value, message, check);
      return undefined;
    }
    return located.area;
  }

  /** "Skipped 12 row(s): Ward rows…", one note for each reason. */
  notes(): string[] {
    return [...this.skipped].map(([what, count]) => `Skipped ${String(count)} row(s): ${what}.`);
  }
}

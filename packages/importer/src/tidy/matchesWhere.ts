import type { TidyMeasure } from "./tidyPublication.ts";

/** Whether a row's filter cells hold values the measure selects (all filters must match). */
export function matchesWhere(measure: TidyMeasure, filterValue: (filter: string) => string): boolean {
  return Object.entries(measure.where ?? {}).every(([filter, accepted]) =>
    accepted.includes(filterValue(filter)),
  );
}

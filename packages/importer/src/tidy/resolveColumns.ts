import type { ColumnNames } from "./tidyPublication.ts";

/** The name a column goes by in this file, from the names it has been published under. */
export function resolveColumn(header: readonly string[], names: ColumnNames): string | undefined {
  return names.find((name) => header.includes(name));
}

import type { Area } from "@csc/domain";

/** Folds the ways tables spell a council's name ("St. Helens", "Kingston Upon Hull", "*Total") together. */
export function normaliseAreaName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\*?(total\s+)?/, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Looks areas up by name, for tables (Ofsted, Home Office) that name councils without a code. */
export function areasByName(areas: readonly Area[]): ReadonlyMap<string, Area> {
  return new Map(areas.map((area) => [normaliseAreaName(area.name), area]));
}

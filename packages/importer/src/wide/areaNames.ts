import type { Area } from "@csc/domain";

/** Folds the ways tables spell a council's name ("St. Helens", "Kingston Upon Hull", "*Total") together. */
export function normaliseAreaName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/^\*?(total\s+)?/, "")
      // "Bristol, City of", "Herefordshire, County of", "County Durham", "Bedford Borough".
      .replace(/,\s*(city|county) of$/, "")
      .replace(/^county\s+/, "")
      .replace(/\s+borough$/, "")
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/**
 * Looks areas up by name, for tables (Ofsted, Home Office) that name councils without a code.
 * Where a name has been two councils' (Dorset before and after 2019), it is today's council.
 */
export function areasByName(areas: readonly Area[]): ReadonlyMap<string, Area> {
  const current = [...areas].sort(
    (a, b) => Number(b.abolishedOn !== undefined) - Number(a.abolishedOn !== undefined),
  );
  return new Map(current.map((area) => [normaliseAreaName(area.name), area]));
}

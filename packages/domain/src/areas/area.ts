export type AreaLevel = "country" | "region" | "local_authority";

export interface Area {
  /** GSS code: E92000001 for England, E12… for regions, E06/E08/E09/E10 for local authorities. */
  readonly code: string;
  readonly name: string;
  readonly level: AreaLevel;
  /** The DfE's three-digit local authority number (Hampshire is 850). */
  readonly laNumber?: number;
  readonly parentCode?: string;
  /** GSS codes the area had before, under the same DfE number; figures filed under them are its own. */
  readonly formerCodes?: readonly string[];
  /** For a joint return, the councils it speaks for. */
  readonly memberCodes?: readonly string[];
  /** The first day of a council created since 2013 (ISO date). */
  readonly establishedOn?: string;
  /** The last day of a council since merged or split (ISO date). */
  readonly abolishedOn?: string;
}

const LEVEL_BY_PREFIX: Record<string, AreaLevel> = {
  E92: "country",
  E12: "region",
  E13: "region", // Inner and Outer London, which DfE's files give as regions
  E06: "local_authority", // unitary authorities
  E08: "local_authority", // metropolitan districts
  E09: "local_authority", // London boroughs
  E10: "local_authority", // county councils
  E11: "local_authority", // metropolitan counties, used for some combined figures
};

/** The level a GSS code denotes, or null when it is not an English area code this platform holds. */
export function areaLevelOfCode(code: string): AreaLevel | null {
  if (!/^E\d{8}$/.test(code)) return null;
  return LEVEL_BY_PREFIX[code.slice(0, 3)] ?? null;
}

import type { Area } from "./area.ts";
import { ENGLAND, englishCouncils, regions } from "./englishCouncils.ts";
import { jointReturns } from "./jointReturns.ts";

/**
 * Every area the platform holds: England, its regions, every council since 2013 and the joint
 * returns DfE publishes. Files are checked against it; an area it does not list is refused.
 */
export const referenceAreas: readonly Area[] = [
  { code: ENGLAND, name: "England", level: "country" },
  ...regions,
  ...englishCouncils,
  ...jointReturns,
];

/** The council the demo data is about, and the dashboard's default. */
export const HAMPSHIRE = "E10000014";

import type { TidyPublication } from "../tidyPublication.ts";
import { cinCounts, cinProtectionPlans, cinReferrals, cinSection47 } from "./childrenInNeed.ts";
import {
  childPopulation,
  claAt31MarchUasc,
  claCeased,
  claNumbersAndRates,
  claPlacementStability,
  claStarted,
  claStartingUasc,
  nationalUascAt31March,
} from "./childrenLookedAfter.ts";
import { socialWorkWorkforce } from "./socialWorkWorkforce.ts";

/** Every official-statistics table the importer knows how to read. */
export const tidyPublications: readonly TidyPublication[] = [
  claNumbersAndRates,
  claStarted,
  claCeased,
  claStartingUasc,
  claAt31MarchUasc,
  nationalUascAt31March,
  claPlacementStability,
  cinReferrals,
  cinCounts,
  cinProtectionPlans,
  cinSection47,
  socialWorkWorkforce,
  childPopulation,
];

export function findTidyPublication(dataset: string): TidyPublication | undefined {
  return tidyPublications.find((publication) => publication.dataset === dataset);
}

import type { IsoDate } from "../periods/isoDate.ts";
import type { Period } from "../periods/period.ts";
import type { CareEpisode, CareExtract } from "./careEpisode.ts";
import { countingPeriods, type CountingPeriods } from "./countingPeriods.ts";
import {
  CARE_CONTINUES,
  LEGAL_STATUS_CHANGE_ONLY,
  PLACED_WITH_PARENTS,
  SHORT_BREAK_STATUSES,
} from "./ssda903Codes.ts";

/** One figure worked out from an extract, with the rule that counted it. */
export interface DerivedCareFigure {
  readonly indicator: string;
  readonly period: Period;
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
  /** How it was counted, in words: the figure's citation. */
  readonly rule: string;
}

/** The counting rules, as cited on every figure they make. */
export const CARE_COUNTING_RULES = {
  "cla-starts":
    "Children who started to be looked after in the period (an episode with RNE S), each counted once; episodes under an agreed series of short-term breaks (LS V3, V4) not counted",
  "cla-ceased":
    "Children who ceased to be looked after in the period (an episode ending with REC other than X1), each counted once; short-break episodes (LS V3, V4) not counted",
  "cla-net-change": "Children who started to be looked after less those who ceased, in the period",
  "cla-count":
    "Children looked after on the day: an episode that began on or before it and had not ended by it; short-break episodes (LS V3, V4) not counted",
  "cla-starts-placed-with-parents":
    "Children who started to be looked after in the period whose first starting episode's placement was P1 (placed with parents)",
  "cla-starts-uasc":
    "Children who started to be looked after in the period who are in the UASC table with no date UASC status ceased (DUC), or one after their first start",
  "uasc-looked-after":
    "Children looked after on the day who are in the UASC table with no DUC, or a DUC after that day",
  "cla-placements-3-or-more":
    "Children looked after at 31 March with three or more placements in the year ending then (each episode that began a placement, RNE other than L, and the placement they were in on 1 April), as a percentage of all children looked after at 31 March",
  "cla-missing-children":
    "Children looked after who went missing from their placement (MISSING M) at least once in the period, each counted once",
} as const;

export type DerivedIndicator = keyof typeof CARE_COUNTING_RULES;

const inside = (date: IsoDate, period: Period) => period.start <= date && date <= period.end;
const openOn = (episode: CareEpisode, day: IsoDate) =>
  episode.start <= day && (episode.end === null || episode.end > day);

/** Each child's first start in the period: the day and the episode it began. */
function firstStarts(starts: readonly CareEpisode[], period: Period): Map<string, CareEpisode> {
  const first = new Map<string, CareEpisode>();
  for (const episode of starts) {
    if (!inside(episode.start, period)) continue;
    const held = first.get(episode.child);
    if (!held || episode.start < held.start) first.set(episode.child, episode);
  }
  return first;
}

function childrenWith(
  episodes: readonly CareEpisode[],
  test: (episode: CareEpisode) => boolean,
): Set<string> {
  const children = new Set<string>();
  for (const episode of episodes) if (test(episode)) children.add(episode.child);
  return children;
}

/** Placements a child had in a year: those begun in it, and the one under way when it began. */
function placementsInYear(episodes: readonly CareEpisode[], year: Period): number {
  const during = episodes
    .filter((e) => e.start <= year.end && (e.end === null || e.end >= year.start))
    .sort((a, b) => a.start.localeCompare(b.start));
  let placements = 0;
  during.forEach((episode, i) => {
    const begunBefore = i === 0 && episode.start < year.start;
    if (begunBefore || episode.reasonNew !== LEGAL_STATUS_CHANGE_ONLY) placements += 1;
  });
  return placements;
}

/**
 * Works out the children-looked-after figures from an extract, by the DfE's rules as stated in
 * CARE_COUNTING_RULES, for every month, quarter and financial year the extract wholly covers and
 * the end of every month in it. A year is counted from the episodes, not added up from its
 * quarters: a child who starts twice in a year counts once in it.
 */
export function countCareFigures(extract: CareExtract): {
  readonly periods: CountingPeriods | null;
  readonly figures: DerivedCareFigure[];
} {
  const periods = countingPeriods(extract);
  if (!periods) return { periods, figures: [] };
  const counted = extract.episodes.filter((e) => !SHORT_BREAK_STATUSES.has(e.legalStatus));
  const starts = counted.filter((e) => e.reasonNew === "S");
  const ceasings = counted.filter(
    (e) => e.end !== null && e.reasonCeased !== null && e.reasonCeased !== CARE_CONTINUES,
  );
  const uascCeased = new Map(extract.uasc.map((u) => [u.child, u.ceased]));
  const stillUasc = (child: string, day: IsoDate) => {
    if (!uascCeased.has(child)) return false;
    const ceased = uascCeased.get(child) ?? null;
    return ceased === null || ceased > day;
  };
  const figures: DerivedCareFigure[] = [];
  const add = (indicator: DerivedIndicator, period: Period, value: number, ratio?: [number, number]) => {
    figures.push({
      indicator,
      period,
      value,
      ...(ratio ? { numerator: ratio[0], denominator: ratio[1] } : {}),
      rule: CARE_COUNTING_RULES[indicator],
    });
  };
  for (const period of periods.flows) {
    const first = firstStarts(starts, period);
    const ceased = childrenWith(ceasings, (e) => e.end !== null && inside(e.end, period));
    add("cla-starts", period, first.size);
    add("cla-ceased", period, ceased.size);
    add("cla-net-change", period, first.size - ceased.size);
    add(
      "cla-starts-placed-with-parents",
      period,
      [...first.values()].filter((e) => e.placement === PLACED_WITH_PARENTS).length,
    );
    add("cla-starts-uasc", period, [...first.values()].filter((e) => stillUasc(e.child, e.start)).length);
    if (extract.missing) {
      const missing = new Set(
        extract.missing.filter((s) => s.kind === "M" && inside(s.start, period)).map((s) => s.child),
      );
      add("cla-missing-children", period, missing.size);
    }
  }
  const byChild = new Map<string, CareEpisode[]>();
  for (const episode of counted) {
    const own = byChild.get(episode.child);
    if (own) own.push(episode);
    else byChild.set(episode.child, [episode]);
  }
  for (const day of periods.snapshots) {
    const lookedAfter = childrenWith(counted, (e) => openOn(e, day.end));
    add("cla-count", day, lookedAfter.size);
    add("uasc-looked-after", day, [...lookedAfter].filter((child) => stillUasc(child, day.end)).length);
    const year = periods.flows.find((p) => p.kind === "financial-year" && p.end === day.end);
    if (year && lookedAfter.size > 0) {
      const moved = [...lookedAfter].filter((child) => placementsInYear(byChild.get(child) ?? [], year) >= 3);
      add("cla-placements-3-or-more", year, Math.round((moved.length / lookedAfter.size) * 100), [
        moved.length,
        lookedAfter.size,
      ]);
    }
  }
  return { periods, figures };
}

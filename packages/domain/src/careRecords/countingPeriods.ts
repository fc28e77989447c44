import { financialYearOfDate } from "../periods/financialYear.ts";
import { datePartsOf, lastDayOfMonth, type IsoDate } from "../periods/isoDate.ts";
import { financialYear, month, quarter, snapshot, type Period } from "../periods/period.ts";
import type { CareExtract } from "./careEpisode.ts";

/** The days an extract can be counted over, and the periods wholly inside them. */
export interface CountingPeriods {
  /** The first day the extract holds every child looked after. */
  readonly from: IsoDate;
  /** The extract's latest date: the last day anything in it happened. */
  readonly to: IsoDate;
  /** Months, quarters and financial years wholly between `from` and `to`. */
  readonly flows: readonly Period[];
  /** The last day of each month between `from` and `to`, for counts on a day. */
  readonly snapshots: readonly Period[];
}

function latestDate(extract: CareExtract): IsoDate | null {
  let latest: IsoDate | null = null;
  const see = (date: IsoDate | null) => {
    if (date !== null && (latest === null || date > latest)) latest = date;
  };
  for (const episode of extract.episodes) {
    see(episode.start);
    see(episode.end);
  }
  for (const spell of extract.missing ?? []) see(spell.start);
  return latest;
}

/**
 * An SSDA903 return holds the episodes open at some time in its year, so a child who left care
 * before then is not in it: the extract is whole from the start of the financial year in which its
 * earliest episode ends (or, with none ended, in which its latest began), to its latest date. A
 * period partly outside that (the quarter still under way) is not counted.
 */
export function countingPeriods(extract: CareExtract): CountingPeriods | null {
  const to = latestDate(extract);
  if (to === null) return null;
  let earliestEnd: IsoDate | null = null;
  for (const episode of extract.episodes)
    if (episode.end !== null && (earliestEnd === null || episode.end < earliestEnd))
      earliestEnd = episode.end;
  const from = financialYearOfDate(earliestEnd ?? to).start;
  const flows: Period[] = [];
  const snapshots: Period[] = [];
  const first = datePartsOf(from);
  const inside = (period: Period) => period.start >= from && period.end <= to;
  for (let year = first.year, m = first.month; ;) {
    const monthEnd = lastDayOfMonth(year, m);
    if (monthEnd > to) break;
    flows.push(month(year, m));
    snapshots.push(snapshot(monthEnd));
    if (m % 3 === 0) {
      const q = quarter(year, m / 3);
      if (inside(q)) flows.push(q);
    }
    if (m === 3) {
      const fy = financialYear(year - 1);
      if (inside(fy)) flows.push(fy);
    }
    m += 1;
    if (m > 12) {
      m = 1;
      year += 1;
    }
  }
  return { from, to, flows, snapshots };
}

import { periodFromKey, type Period } from "@csc/domain";
import type { FiguresByPeriod } from "@csc/db";

/** The periods figures are held for, oldest first. */
export function periodsHeld(figures: FiguresByPeriod): Period[] {
  return [...figures.keys()]
    .map(periodFromKey)
    .sort((a, b) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start));
}

/**
 * The period to compare: the one containing `day` (an ISO date), or else the latest period the
 * area has a figure for. Where several periods contain the day, the shortest, then the latest.
 */
export function choosePeriod(figures: FiguresByPeriod, areaCode: string, day: string | null): Period | null {
  const periods = periodsHeld(figures);
  if (day !== null) {
    const containing = periods.filter((p) => p.start <= day && day <= p.end);
    containing.sort(
      (a, b) =>
        Date.parse(a.end) - Date.parse(a.start) - (Date.parse(b.end) - Date.parse(b.start)) ||
        b.end.localeCompare(a.end),
    );
    return containing[0] ?? null;
  }
  return periods.filter((p) => figures.get(p.key)?.has(areaCode)).at(-1) ?? null;
}

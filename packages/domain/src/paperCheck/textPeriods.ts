import { daysInMonth, isoDate, lastDayOfMonth, MONTH_NAMES } from "../periods/isoDate.ts";
import { financialYear, quarter, snapshot, type Period } from "../periods/period.ts";

/** A period a sentence names, where it names it. */
export interface TextPeriod {
  readonly start: number;
  readonly end: number;
  /** A financial year, a quarter, or a day (a count on it, or the year or quarter ending on it). */
  readonly period: Period;
}

const MONTHS = MONTH_NAMES.join("|");
const SHORT_QUARTERS: Record<string, number> = { jan: 1, apr: 2, jul: 3, oct: 4 };

const monthNumber = (name: string) =>
  MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/**
 * The periods a sentence names: "2020-21" or "2020/21" (a financial year), "31 March 2021" (a
 * day), "June 2017" (the last day of the month, as councils count at month ends), "Jan–Mar 2018"
 * (a quarter).
 */
export function textPeriods(sentence: string): TextPeriod[] {
  const found: TextPeriod[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const add = (match: RegExpExecArray, period: Period | null) => {
    const start = match.index;
    const end = start + match[0].length;
    if (period && !taken(start, end)) found.push({ start, end, period });
  };
  for (const m of sentence.matchAll(
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS}) (\\d{4})\\b`, "gi"),
  )) {
    const [day, monthName, year] = [Number(m[1]), monthNumber(m[2] ?? ""), Number(m[3])];
    if (monthName > 0 && day >= 1 && day <= daysInMonth(year, monthName))
      add(m, snapshot(isoDate(year, monthName, day)));
  }
  for (const m of sentence.matchAll(/\b(Jan|Apr|Jul|Oct)\w*\s*[-–]\s*(?:Mar|Jun|Sep|Dec)\w*\s+(\d{4})\b/gi)) {
    const q = SHORT_QUARTERS[(m[1] ?? "").toLowerCase().slice(0, 3)];
    if (q) add(m, quarter(Number(m[2]), q));
  }
  for (const m of sentence.matchAll(/\b((?:19|20)\d{2})\s?[-/–]\s?(\d{2})\b/g)) {
    const first = Number(m[1]);
    if ((first + 1) % 100 === Number(m[2])) add(m, financialYear(first));
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, "gi"))) {
    const monthOfYear = monthNumber(m[1] ?? "");
    const year = Number(m[2]);
    if (monthOfYear > 0) add(m, snapshot(lastDayOfMonth(year, monthOfYear)));
  }
  return found.sort((a, b) => a.start - b.start);
}

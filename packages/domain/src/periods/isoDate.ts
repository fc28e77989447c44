/**
 * Dates are ISO calendar dates ("2021-03-31") held as strings: a period boundary is a day, not an
 * instant, and strings compare correctly and never shift with the machine's time zone.
 */
export type IsoDate = string;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Reads "YYYY-MM-DD", or returns null when it is not a real calendar date. */
export function parseIsoDate(text: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function datePartsOf(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`"${date}" is not a calendar date in the form YYYY-MM-DD.`);
  return parts;
}

/** "31 March 2021" */
export function longDateLabel(date: IsoDate): string {
  const { year, month, day } = datePartsOf(date);
  return `${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
}

/** "31 Mar 2021" */
export function shortDateLabel(date: IsoDate): string {
  const { year, month, day } = datePartsOf(date);
  return `${day} ${(MONTH_NAMES[month - 1] ?? "").slice(0, 3)} ${year}`;
}

/** Month number (1-12) for a month name or its first three letters, any case; null otherwise. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (month) => month.toLowerCase() === lower || (lower.length === 3 && month.toLowerCase().startsWith(lower)),
  );
  if (index >= 0) return index + 1;
  return lower === "sept" ? 9 : null;
}

import { daysInMonth, isoDate, type IsoDate } from "@csc/domain";

/**
 * An SSDA903 date (dd/mm/yyyy) as a day, or null when it is not one: 31/02/2021 is not a date.
 * Extracts saved from Excel sometimes give yyyy-mm-dd, which is read too.
 */
export function readSsda903Date(text: string): IsoDate | null {
  const trimmed = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [day, month, year] = uk
    ? [Number(uk[1]), Number(uk[2]), Number(uk[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** A day as the extract writes it (dd/mm/yyyy), for messages about it. */
export function ssda903DateText(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

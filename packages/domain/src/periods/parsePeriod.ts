import { isoDate, monthNumber, parseIsoDate } from "./isoDate.ts";
import { quarterOfFinancialYear } from "./financialYear.ts";
import {
  calendarYear,
  financialYear,
  financialYearLabel,
  month,
  periodFromKey,
  quarter,
  snapshot,
  span,
  type Period,
} from "./period.ts";

export class PeriodParseError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`"${text}" is not a period: ${reason}`);
    this.name = "PeriodParseError";
  }
}

export interface ParsedPeriod {
  period: Period;
  /** Set when the text was read with a correction the reader should know about. */
  warning?: string;
}

const EXPECTED =
  'expected a quarter ("Jan - Mar 2018", "Q1 2018", "Q4 2017-18"), a financial year ("2020-21"), a ' +
  'calendar year ("2021"), a month ("March 2021"), a date ("at 31 March 2021", "2021-03-31") or a ' +
  'range ("1 September 2019 to 31 August 2022")';

/** Folds the dashes, slashes and spacing that report tables use into one spelling. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

function fullYear(twoOrFour: string, century: number): number {
  return twoOrFour.length === 4 ? Number(twoOrFour) : century + Number(twoOrFour);
}

/**
 * A financial year written "2020-21", "2020/21", "2020-2021" or "FY 2020-21". A second year that
 * does not follow the first ("2021-21") is an error here; `parsePeriodSequence` can correct it from
 * the neighbouring headers.
 */
function financialYearFrom(startText: string, endText: string, original: string): Period {
  const start = Number(startText);
  const end = fullYear(endText, Math.floor(start / 100) * 100);
  if (end !== start + 1 && !(endText.length === 2 && (start + 1) % 100 === Number(endText))) {
    throw new PeriodParseError(
      original,
      `a financial year runs from April of one year to March of the next, so ${startText} should be followed by ` +
        `${String((start + 1) % 100).padStart(2, "0")} (${financialYearLabel(start)})`,
    );
  }
  return financialYear(start);
}

function dayMonthYear(text: string): string | null {
  const named = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})$/.exec(text);
  if (named) {
    const monthOfYear = monthNumber(named[2] ?? "");
    const date = monthOfYear ? isoDate(Number(named[3]), monthOfYear, Number(named[1])) : null;
    return date && parseIsoDate(date) ? date : null;
  }
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (numeric) {
    const date = isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return parseIsoDate(date) ? date : null;
  }
  return parseIsoDate(text) ? text : null;
}

/** Reads a period written in any of the spellings council reports and official statistics use. */
export function parsePeriod(text: string): ParsedPeriod {
  const t = normalise(text);
  if (!t) throw new PeriodParseError(text, `it is empty; ${EXPECTED}`);
  let m: RegExpExecArray | null;

  // Stable keys first, so that a period written out by this system always reads back.
  if (/^(\d{4}-q[1-4]|fy\d{4}-\d{2})$/.test(t)) return { period: periodFromKey(t.toUpperCase()) };

  // Quarters by their months: "Jan - Mar 2018", "January to March 2018".
  if ((m = /^([a-z]+)(?:-| to )([a-z]+) (\d{4})$/.exec(t))) {
    const [first, last] = [monthNumber(m[1] ?? ""), monthNumber(m[2] ?? "")];
    if (first && last && (first - 1) % 3 === 0 && last === first + 2) {
      return { period: quarter(Number(m[3]), (first - 1) / 3 + 1) };
    }
    throw new PeriodParseError(
      text,
      "the months do not make a calendar quarter (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)",
    );
  }
  // "Q1 2018", "2018 Q1", "2018Q1": calendar quarters.
  if ((m = /^q([1-4]) (\d{4})$/.exec(t)) ?? (m = /^(?:(\d{4}) ?q([1-4]))$/.exec(t))) {
    const [q, y] = t.startsWith("q") ? [m[1], m[2]] : [m[2], m[1]];
    return { period: quarter(Number(y), Number(q)) };
  }
  // "Q4 2017-18", "2017-18 Q4", "Q4 2017/18": financial-year quarters (Q1 is Apr-Jun).
  if (
    (m = /^q([1-4]) (\d{4})[-/](\d{2}|\d{4})$/.exec(t)) ??
    (m = /^(\d{4})[-/](\d{2}|\d{4}) q([1-4])$/.exec(t))
  ) {
    const [fq, startText, endText] = t.startsWith("q") ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
    const year = financialYearFrom(startText ?? "", endText ?? "", text);
    return { period: quarterOfFinancialYear(Number(year.start.slice(0, 4)), Number(fq)) };
  }
  // Financial years: "2020-21", "2020/21", "2020-2021", "FY 2020-21", "financial year 2020-21".
  if ((m = /^(?:fy ?|financial year )?(\d{4})[-/](\d{2}|\d{4})$/.exec(t))) {
    const second = Number(m[2]);
    // "2021-03" is March 2021: a two-digit month that cannot be the end of the financial year.
    if (
      !t.startsWith("f") &&
      m[2]?.length === 2 &&
      second >= 1 &&
      second <= 12 &&
      (Number(m[1]) + 1) % 100 !== second
    ) {
      return { period: month(Number(m[1]), second) };
    }
    return { period: financialYearFrom(m[1] ?? "", m[2] ?? "", text) };
  }
  if ((m = /^(?:calendar year )?(\d{4})$/.exec(t))) return { period: calendarYear(Number(m[1])) };
  // Ranges: "2019-09-01/2022-08-31", "1 September 2019 to 31 August 2022".
  if ((m = /^(?:from )?(.+?)(?: to |\/)(.+)$/.exec(t))) {
    const [start, end] = [dayMonthYear(m[1] ?? ""), dayMonthYear(m[2] ?? "")];
    if (start && end) {
      if (end < start) throw new PeriodParseError(text, "the range ends before it starts");
      return { period: span(start, end) };
    }
  }
  // Months: "March 2021", "Mar 2021".
  if ((m = /^([a-z]+) (\d{4})$/.exec(t))) {
    const monthOfYear = monthNumber(m[1] ?? "");
    if (monthOfYear) return { period: month(Number(m[2]), monthOfYear) };
  }
  // Snapshots: "at 31 March 2021", "as at 30 June 2021", "31/03/2021", "2021-03-31".
  const dateText = t.replace(/^(?:as )?at /, "");
  const date = dayMonthYear(dateText);
  if (date) return { period: snapshot(date) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateText) || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(dateText)) {
    throw new PeriodParseError(text, "that day does not exist in the calendar");
  }
  throw new PeriodParseError(text, EXPECTED);
}

/**
 * Reads a row of column headers. A financial year whose second part repeats a year ("2021-21"
 * after "2019-20") is a known slip in the reports' tables: where the neighbouring columns show which
 * year was meant, it is read as that year with a warning; otherwise it stays an error.
 */
export function parsePeriodSequence(texts: readonly string[]): ParsedPeriod[] {
  const results: (ParsedPeriod | PeriodParseError)[] = texts.map((text) => {
    try {
      return parsePeriod(text);
    } catch (error) {
      if (error instanceof PeriodParseError) return error;
      throw error;
    }
  });
  return results.map((result, index) => {
    if (!(result instanceof PeriodParseError)) return result;
    const m = /^(\d{4})[-/](\d{2})$/.exec(normalise(texts[index] ?? ""));
    const before = results[index - 1];
    const after = results[index + 1];
    const expected =
      before && !(before instanceof PeriodParseError) && before.period.kind === "financial-year"
        ? Number(before.period.start.slice(0, 4)) + 1
        : after && !(after instanceof PeriodParseError) && after.period.kind === "financial-year"
          ? Number(after.period.start.slice(0, 4)) - 1
          : null;
    if (m && expected !== null && (expected + 1) % 100 === Number(m[2])) {
      const period = financialYear(expected);
      return {
        period,
        warning: `"${texts[index] ?? ""}" read as ${period.label}: the columns beside it are financial years and its second part (${m[2] ?? ""}) ends ${period.label}.`,
      };
    }
    throw result;
  });
}

import {
  MONTH_NAMES,
  datePartsOf,
  isoDate,
  lastDayOfMonth,
  longDateLabel,
  parseIsoDate,
  shortDateLabel,
  type IsoDate,
} from "./isoDate.ts";

/**
 * - `month`, `quarter` (calendar quarters: Q1 is Jan–Mar), `financial-year` (1 April to 31 March)
 *   and `calendar-year` are spans that flows are counted over.
 * - `snapshot` is a single day that stocks are counted at ("at 31 March 2021").
 * - `span` is any other stretch of days a report counts over ("1 September 2019 to 31 August 2022").
 *
 * A financial-year quarter ("Q4 2017-18") is the same three months as a calendar quarter
 * ("Jan–Mar 2018"), so it is one period with two labels rather than two periods that could hold
 * conflicting figures.
 */
export type PeriodKind = "month" | "quarter" | "financial-year" | "calendar-year" | "snapshot" | "span";

export interface Period {
  readonly kind: PeriodKind;
  /** Stable key: "2021-03", "2018-Q1", "FY2020-21", "2021", "2021-03-31", "2019-09-01/2022-08-31". */
  readonly key: string;
  /** First day covered (for a snapshot, the day itself). */
  readonly start: IsoDate;
  /** Last day covered, inclusive. */
  readonly end: IsoDate;
  /** Plain label for councillors: "Jan–Mar 2018", "2020-21", "at 31 March 2021". */
  readonly label: string;
}

const QUARTER_MONTHS = ["Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"] as const;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new RangeError(`Year ${year} is outside 1900-2199.`);
  }
}

export function month(year: number, monthOfYear: number): Period {
  checkYear(year);
  if (!Number.isInteger(monthOfYear) || monthOfYear < 1 || monthOfYear > 12) {
    throw new RangeError(`Month ${monthOfYear} is not between 1 and 12.`);
  }
  return {
    kind: "month",
    key: `${year}-${String(monthOfYear).padStart(2, "0")}`,
    start: isoDate(year, monthOfYear, 1),
    end: lastDayOfMonth(year, monthOfYear),
    label: `${MONTH_NAMES[monthOfYear - 1] ?? ""} ${year}`,
  };
}

/** Calendar quarter: `quarter(2018, 1)` is January to March 2018. */
export function quarter(year: number, quarterOfYear: number): Period {
  checkYear(year);
  if (!Number.isInteger(quarterOfYear) || quarterOfYear < 1 || quarterOfYear > 4) {
    throw new RangeError(`Quarter ${quarterOfYear} is not between 1 and 4.`);
  }
  const firstMonth = (quarterOfYear - 1) * 3 + 1;
  return {
    kind: "quarter",
    key: `${year}-Q${quarterOfYear}`,
    start: isoDate(year, firstMonth, 1),
    end: lastDayOfMonth(year, firstMonth + 2),
    label: `${QUARTER_MONTHS[quarterOfYear - 1] ?? ""} ${year}`,
  };
}

/** "2020-21" for the year starting in 2020. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The financial year from 1 April `startYear` to 31 March the year after. */
export function financialYear(startYear: number): Period {
  checkYear(startYear);
  const label = financialYearLabel(startYear);
  return {
    kind: "financial-year",
    key: `FY${label}`,
    start: isoDate(startYear, 4, 1),
    end: isoDate(startYear + 1, 3, 31),
    label,
  };
}

export function calendarYear(year: number): Period {
  checkYear(year);
  return {
    kind: "calendar-year",
    key: String(year),
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
    label: String(year),
  };
}

/** A count taken on one day, such as children looked after at 31 March. */
export function snapshot(date: IsoDate): Period {
  const { year } = datePartsOf(date);
  checkYear(year);
  return { kind: "snapshot", key: date, start: date, end: date, label: `at ${longDateLabel(date)}` };
}

/** The children's social work workforce census counts at 30 September each year. */
export function workforceCensus(year: number): Period {
  return snapshot(isoDate(year, 9, 30));
}

/** Any other stretch of days, inclusive at both ends. */
export function span(start: IsoDate, end: IsoDate): Period {
  checkYear(datePartsOf(start).year);
  checkYear(datePartsOf(end).year);
  if (end < start) throw new RangeError(`Span ends (${end}) before it starts (${start}).`);
  return {
    kind: "span",
    key: `${start}/${end}`,
    start,
    end,
    label: `${shortDateLabel(start)} – ${shortDateLabel(end)}`,
  };
}

/** Rebuilds a period from its stable key; throws a RangeError naming the key when it is not one. */
export function periodFromKey(key: string): Period {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-Q([1-4])$/.exec(key))) return quarter(Number(match[1]), Number(match[2]));
  if ((match = /^FY(\d{4})-(\d{2})$/.exec(key))) {
    const period = financialYear(Number(match[1]));
    if (period.key === key) return period;
  } else if ((match = /^(\d{4})-(\d{2})$/.exec(key))) {
    const monthOfYear = Number(match[2]);
    if (monthOfYear >= 1 && monthOfYear <= 12) return month(Number(match[1]), monthOfYear);
  } else if (/^\d{4}$/.test(key)) {
    return calendarYear(Number(key));
  } else if (parseIsoDate(key)) {
    return snapshot(key);
  } else if ((match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(key))) {
    const [start, end] = [match[1] ?? "", match[2] ?? ""];
    if (parseIsoDate(start) && parseIsoDate(end)) return span(start, end);
  }
  throw new RangeError(
    `"${key}" is not a period key. Keys look like 2021-03 (month), 2018-Q1 (quarter), FY2020-21 ` +
      `(financial year), 2021 (calendar year), 2021-03-31 (snapshot) or 2019-09-01/2022-08-31 (span).`,
  );
}

/** Quarter number (1-4) of a calendar quarter. */
export function quarterNumber(period: Period): number {
  if (period.kind !== "quarter") throw new TypeError(`${period.label} is not a quarter.`);
  return Math.floor((datePartsOf(period.start).month - 1) / 3) + 1;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

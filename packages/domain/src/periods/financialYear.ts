import { datePartsOf } from "./isoDate.ts";
import { financialYear, financialYearLabel, quarter, quarterNumber, type Period } from "./period.ts";

/** The financial year (April to March) that a date falls in. */
export function financialYearOfDate(date: string): Period {
  const { year, month } = datePartsOf(date);
  return financialYear(month >= 4 ? year : year - 1);
}

/**
 * The financial year a period belongs to: the one it lies wholly inside. A snapshot belongs to the
 * year containing its day; a calendar year or span that crosses 1 April belongs to none.
 */
export function financialYearOf(period: Period): Period | null {
  if (period.kind === "financial-year") return period;
  const year = financialYearOfDate(period.start);
  return period.end <= year.end ? year : null;
}

/** The quarter's place in its financial year: Apr–Jun is Q1, Jan–Mar is Q4. */
export function financialQuarterNumber(period: Period): number {
  return ((quarterNumber(period) + 2) % 4) + 1;
}

/** "Q4 2017-18" for Jan–Mar 2018. */
export function financialQuarterLabel(period: Period): string {
  const { year } = datePartsOf(period.start);
  const fq = financialQuarterNumber(period);
  return `Q${fq} ${financialYearLabel(fq === 4 ? year - 1 : year)}`;
}

/** Calendar quarter for quarter `fq` (1 = Apr–Jun) of the financial year starting in `startYear`. */
export function quarterOfFinancialYear(startYear: number, fq: number): Period {
  if (!Number.isInteger(fq) || fq < 1 || fq > 4)
    throw new RangeError(`Quarter ${fq} is not between 1 and 4.`);
  return fq === 4 ? quarter(startYear + 1, 1) : quarter(startYear, fq + 1);
}

/** The four quarters of a financial year, Apr–Jun first. */
export function quartersOfFinancialYear(year: Period): Period[] {
  if (year.kind !== "financial-year") throw new TypeError(`${year.label} is not a financial year.`);
  const startYear = datePartsOf(year.start).year;
  return [1, 2, 3, 4].map((fq) => quarterOfFinancialYear(startYear, fq));
}

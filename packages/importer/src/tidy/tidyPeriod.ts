import { financialYear, snapshot, span, workforceCensus, type Period } from "@csc/domain";
import type { TidyTimeRule } from "./tidyPublication.ts";

/**
 * The period a tidy file's `time_period` denotes for a measure: "2021" is the reporting year 2021,
 * and "202021" (the layout of financial-year files) the year April 2020 to March 2021; both end in
 * March 2021. Returns null for anything else.
 */
export function tidyPeriod(timePeriod: string, rule: TidyTimeRule): Period | null {
  const match = /^(\d{4})(\d{2})?$/.exec(timePeriod.trim());
  if (!match) return null;
  const [, first = "", second] = match;
  let year = Number(first);
  if (second !== undefined) {
    // "202021": the second year must follow the first, or the cell is not a financial year.
    if (Number(second) !== (year + 1) % 100) return null;
    year += 1;
  }
  // The domain holds years 1900-2199; a year-long period needs the year before too.
  if (year < 1901 || year > 2199) return null;
  switch (rule) {
    case "at-31-march":
      return snapshot(`${String(year)}-03-31`);
    case "year-to-31-march":
      return financialYear(year - 1);
    case "at-30-june":
      // ONS's mid-year population estimates: the year given is the estimate's, not a year ending in March.
      return snapshot(`${String(second === undefined ? year : year - 1)}-06-30`);
    case "at-30-september":
      return workforceCensus(year);
    case "year-to-30-september":
      return span(`${String(year - 1)}-10-01`, `${String(year)}-09-30`);
  }
}

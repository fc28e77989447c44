import {
  calendarYear,
  financialYear,
  month,
  monthNumber,
  quarter,
  quarterOfFinancialYear,
  span,
  type Period,
} from "@csc/domain";

export type GenericPeriod =
  | { readonly period: Period }
  | { readonly problem: string; readonly column: "time_period" | "time_identifier"; readonly check: string };

const yearsOf = (timePeriod: string): { first: number; second: number | null } | null => {
  const match = /^(\d{4})(\d{2})?$/.exec(timePeriod);
  if (!match) return null;
  return { first: Number(match[1]), second: match[2] === undefined ? null : Number(match[2]) };
};

/**
 * The period a tidy row covers, from its time_identifier and time_period, for a table the
 * importer has no mapping for (a mapping says more: whether a "Reporting year" figure is on 31
 * March or over the year to it). A "Reporting year" is held as the year April to March that ends
 * in it, as DfE's children's services returns are; the other identifiers as they say.
 */
export function genericPeriod(identifier: string, timePeriod: string): GenericPeriod {
  const years = yearsOf(timePeriod);
  if (!years)
    return {
      problem: "expected a year such as 2025, or two years such as 202425",
      column: "time_period",
      check: "time_period",
    };
  const { first, second } = years;
  if (first < 1901 || first > 2198)
    return { problem: "the year is outside 1901-2198", column: "time_period", check: "time_period" };
  if (second !== null && second !== (first + 1) % 100)
    return {
      problem: "a six-digit time period must be two consecutive years, such as 202425",
      column: "time_period",
      check: "time_period_six",
    };
  const sixDigits = second !== null;
  const needs = (six: boolean): GenericPeriod | null =>
    six === sixDigits
      ? null
      : {
          problem: `a ${identifier} time period has ${six ? "six digits, such as 202425" : "four digits, such as 2025"}`,
          column: "time_period",
          check: "time_period",
        };
  const quarterMatch = /^(Financial|Calendar) year Q([1-4])$/.exec(identifier);
  if (quarterMatch) {
    const q = Number(quarterMatch[2]);
    if (quarterMatch[1] === "Financial") return needs(true) ?? { period: quarterOfFinancialYear(first, q) };
    return needs(false) ?? { period: quarter(first, q) };
  }
  const monthOfYear = monthNumber(identifier);
  if (monthOfYear !== null) return needs(false) ?? { period: month(first, monthOfYear) };
  switch (identifier) {
    case "Reporting year":
      return { period: financialYear(sixDigits ? first : first - 1) };
    case "Financial year":
      return needs(true) ?? { period: financialYear(first) };
    case "Calendar year":
      return needs(false) ?? { period: calendarYear(first) };
    case "Academic year":
      return needs(true) ?? { period: span(`${String(first)}-09-01`, `${String(first + 1)}-08-31`) };
    default:
      return {
        problem:
          "expected Reporting year, Financial year, Calendar year, Academic year, a quarter (Financial year Q1…) or a month",
        column: "time_identifier",
        check: "time_id_valid",
      };
  }
}

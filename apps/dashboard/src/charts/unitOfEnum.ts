import type { Unit } from "@csc/domain";

/** The domain's unit for the API's Unit enum value, for formatting figures the API sends unformatted. */
const UNITS: Readonly<Record<string, Unit>> = {
  COUNT: "count",
  PERCENT: "percent",
  RATE_PER_10000: "rate-per-10000",
  FTE: "fte",
  MONEY: "money",
};

export function unitOfEnum(unit: string): Unit {
  return UNITS[unit] ?? "count";
}

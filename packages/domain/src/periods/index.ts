export * from "./isoDate.ts";
export * from "./period.ts";
export * from "./financialYear.ts";
export * from "./parsePeriod.ts";

export * from "./aggregateSeries.ts";
export * from "./change.ts";

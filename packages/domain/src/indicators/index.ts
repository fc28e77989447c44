export * from "./indicator.ts";
export * from "./topics.ts";
export * from "./catalogue.ts";
export * from "./breakdownDimensions.ts";

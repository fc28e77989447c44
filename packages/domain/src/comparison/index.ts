export * from "./benchmark.ts";
export * from "./ranking.ts";
export * from "./ratePerChildren.ts";

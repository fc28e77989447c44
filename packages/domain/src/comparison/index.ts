export * from "./benchmark.ts";
export * from "./ranking.ts";

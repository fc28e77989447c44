export * from "./careEpisode.ts";
export * from "./countCareFigures.ts";
export * from "./countingPeriods.ts";
export * from "./ssda903Codes.ts";

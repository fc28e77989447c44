export * from "./qualityIssue.ts";
export * from "./runQualityRules.ts";
export { describeQualityFigure } from "./describeQualityFigure.ts";

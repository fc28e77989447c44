export * from "./qualityIssue.ts";
export * from "./runQualityRules.ts";
export { describeDifference, describeQualityFigure } from "./describeQualityFigure.ts";

export * from "./claimVocabulary.ts";
export * from "./paperParagraphs.ts";
export * from "./readPaperClaims.ts";
export * from "./textPeriods.ts";
export * from "./judgeClaims.ts";

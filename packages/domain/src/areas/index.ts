export * from "./area.ts";
export * from "./areaRegister.ts";
export * from "./councilSuccessions.ts";
export * from "./englishCouncils.ts";
export * from "./jointReturns.ts";
export * from "./referenceAreas.ts";

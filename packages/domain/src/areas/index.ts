export * from "./area.ts";
export * from "./referenceAreas.ts";

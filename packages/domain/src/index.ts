/**
 * The CSC Insight domain model: periods, indicators, areas, figures and their rules. Pure
 * TypeScript with no I/O, shared by the database layer, the importer, the API and the dashboard.
 */
export * from "./periods/index.ts";
export * from "./indicators/index.ts";
export * from "./areas/index.ts";
export * from "./figures/index.ts";
export * from "./aggregation/index.ts";
export * from "./quality/index.ts";
export * from "./comparison/index.ts";
export * from "./careRecords/index.ts";
export * from "./paperCheck/index.ts";

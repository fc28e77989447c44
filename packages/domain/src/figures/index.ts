export * from "./statSymbol.ts";
export * from "./figure.ts";
export * from "./formatFigure.ts";
export * from "./figureOfObservation.ts";
export * from "./describeBytes.ts";

import type { Figure, ValueQualifier } from "./figure.ts";
import type { StatSymbol } from "./statSymbol.ts";

/**
 * The figure a stored observation holds: its symbol, or its value with any hedge. The value is
 * whatever decimal type the database driver returns, so this stays free of the database.
 */
export function figureOfObservation(o: {
  value: { toNumber(): number } | null;
  symbol: StatSymbol | null;
  qualifier: ValueQualifier | null;
}): Figure {
  return figureOfColumns(o.value?.toNumber() ?? null, o.symbol, o.qualifier);
}

/** The same, from the columns as hand-written SQL reads them (the value already a number). */
export function figureOfColumns(
  value: number | null,
  symbol: StatSymbol | null,
  qualifier: ValueQualifier | null,
): Figure {
  if (symbol) return { symbol };
  return qualifier ? { value: value ?? 0, qualifier } : { value: value ?? 0 };
}

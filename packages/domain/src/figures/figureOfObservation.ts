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
  if (o.symbol) return { symbol: o.symbol };
  const value = o.value?.toNumber() ?? 0;
  return o.qualifier ? { value, qualifier: o.qualifier } : { value };
}

import type { Prisma } from "@csc/db";
import type { Figure, StatSymbol, ValueQualifier } from "@csc/domain";

/** The domain's figure for a stored observation: its symbol, or its value with any hedge. */
export function figureOfObservation(o: {
  value: Prisma.Decimal | null;
  symbol: StatSymbol | null;
  qualifier: ValueQualifier | null;
}): Figure {
  if (o.symbol) return { symbol: o.symbol };
  const value = o.value?.toNumber() ?? 0;
  return o.qualifier ? { value, qualifier: o.qualifier } : { value };
}

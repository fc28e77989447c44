/**
 * The symbols official statistics print in place of a number (GSS guidance, as used by Explore
 * Education Statistics). A symbol is never a zero: "k"/"low" means "rounds to zero but is not zero".
 */
export const STAT_SYMBOLS = {
  c: "suppressed to protect confidential information",
  x: "not available",
  z: "not applicable",
  k: "fewer than 0.5, rounds to zero",
  low: "fewer than 0.5, rounds to zero",
  u: "low reliability",
} as const;

export type StatSymbol = keyof typeof STAT_SYMBOLS;

export function isStatSymbol(text: string): text is StatSymbol {
  return Object.hasOwn(STAT_SYMBOLS, text);
}

/** Reads a symbol as published: "c", "[c]", " X ", "LOW"; null when the text is not one. */
export function parseStatSymbol(text: string): StatSymbol | null {
  const bare = text
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .toLowerCase();
  return isStatSymbol(bare) ? bare : null;
}

export function describeStatSymbol(symbol: StatSymbol): string {
  return STAT_SYMBOLS[symbol];
}

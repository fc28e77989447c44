import { parseStatSymbol, type StatSymbol } from "./statSymbol.ts";

/** How a published number was hedged: "around 13%", "at least 250", "over 300". */
export type ValueQualifier = "approximate" | "at_least" | "more_than";

/** A published figure is either a number or a symbol that stands in its place, never both. */
export type Figure =
  | { readonly value: number; readonly symbol?: undefined; readonly qualifier?: ValueQualifier | undefined }
  | { readonly value?: undefined; readonly symbol: StatSymbol; readonly qualifier?: undefined };

export class FigureParseError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`"${text}" is not a figure: ${reason}`);
    this.name = "FigureParseError";
  }
}

export interface ParsedFigure {
  figure: Figure;
  /** What the text said about its unit, so that a "%" in a count column can be reported. */
  written: "plain" | "percent" | "money";
}

const PLAIN_WHOLE_NUMBER = /^\d{1,15}$/;

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };

/**
 * Reads a figure as tables print it: "1,656", "-26", "11.10%", "£6.5m", "£650k", "c", "[x]", "low".
 * Thousands separators must sit in groups of three, so that "1,65" is refused rather than misread.
 */
export function parseFigure(text: string): ParsedFigure {
  // Most cells in official tables are plain whole numbers; large files should not pay for the regexes.
  if (PLAIN_WHOLE_NUMBER.test(text)) return { figure: { value: Number(text) }, written: "plain" };
  const trimmed = text.trim();
  if (!trimmed)
    throw new FigureParseError(text, "the cell is empty; write a number or a symbol (c, x, z, k, low, u)");
  const symbol = parseStatSymbol(trimmed);
  if (symbol) return { figure: { symbol }, written: "plain" };

  const match = /^(-|\u2212)?(£)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|k|m|bn)?$/i.exec(
    trimmed.replace(/^\((.*)\)$/, "-$1"),
  );
  if (!match) {
    throw new FigureParseError(
      text,
      "expected a number such as 1,656, 11.10% or £6.5m, or a symbol (c, x, z, k, low, u)",
    );
  }
  const [, minus, pound, whole = "", fraction = "", suffix] = match;
  let value = Number(whole.replace(/,/g, "") + fraction);
  const scale = suffix && suffix !== "%" ? SCALE[suffix.toLowerCase()] : undefined;
  if (scale) {
    if (!pound) throw new FigureParseError(text, `"${suffix ?? ""}" scales only money, such as £6.5m`);
    // Round away the binary error of 6.5 * 1e6 so that the stored figure is the one published.
    value = Number((value * scale).toFixed(Math.max(0, fraction.length - 1 - Math.log10(scale))));
  }
  if (minus) value = -value;
  return {
    figure: { value },
    written: suffix === "%" ? "percent" : pound ? "money" : "plain",
  };
}

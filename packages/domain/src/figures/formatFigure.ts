import type { Unit } from "../indicators/indicator.ts";
import type { Figure, ValueQualifier } from "./figure.ts";

const QUALIFIER_WORDS: Record<ValueQualifier, string> = {
  approximate: "around ",
  at_least: "at least ",
  more_than: "over ",
};

// Building a number format costs some 50 times as much as using one, and every figure served is
// formatted: keep one per number of decimals.
const formats = new Map<number, Intl.NumberFormat>();

function grouped(value: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, format);
  }
  return format.format(value);
}

function money(value: number, decimals: number): string {
  const sign = value < 0 ? "-" : "";
  const size = Math.abs(value);
  if (size >= 1e9) return `${sign}£${grouped(size / 1e9, decimals)}bn`;
  if (size >= 1e6) return `${sign}£${grouped(size / 1e6, decimals)}m`;
  if (size >= 1e4) return `${sign}£${grouped(size / 1e3, 0)}k`;
  return `${sign}£${grouped(size, 0)}`;
}

/** A number as a councillor reads it: "1,656", "13.0%", "£6.5m", "67 per 10,000", "2,345.5 FTE". */
export function formatValue(value: number, unit: Unit, decimals: number): string {
  switch (unit) {
    case "count":
      return grouped(value, decimals);
    case "percent":
      return `${grouped(value, decimals)}%`;
    case "rate-per-10000":
      return `${grouped(value, decimals)} per 10,000`;
    case "fte":
      return `${grouped(value, decimals)} FTE`;
    case "money":
      return money(value, decimals);
  }
}

/** A figure with its hedge ("around 13.0%") or, for a symbol, the symbol itself ("c"), never "0". */
export function formatFigure(figure: Figure, unit: Unit, decimals: number): string {
  if (figure.symbol !== undefined) return figure.symbol;
  const qualifier = figure.qualifier ? QUALIFIER_WORDS[figure.qualifier] : "";
  return qualifier + formatValue(figure.value, unit, decimals);
}

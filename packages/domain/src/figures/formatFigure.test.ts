import { describe, expect, it } from "vitest";
import { formatFigure, formatValue } from "./formatFigure.ts";

describe("formatValue", () => {
  it("formats each unit the way reports print it", () => {
    expect(formatValue(1656, "count", 0)).toBe("1,656");
    expect(formatValue(-26, "count", 0)).toBe("-26");
    expect(formatValue(13, "percent", 1)).toBe("13.0%");
    expect(formatValue(11.39, "percent", 2)).toBe("11.39%");
    expect(formatValue(6_500_000, "money", 1)).toBe("£6.5m");
    expect(formatValue(1_250_000_000, "money", 2)).toBe("£1.25bn");
    expect(formatValue(650_000, "money", 1)).toBe("£650k");
    expect(formatValue(950, "money", 0)).toBe("£950");
    expect(formatValue(67, "rate-per-10000", 0)).toBe("67 per 10,000");
    expect(formatValue(36186.3, "fte", 1)).toBe("36,186.3 FTE");
  });
});

describe("formatFigure", () => {
  it("shows a symbol as the symbol, not as zero", () => {
    expect(formatFigure({ symbol: "c" }, "count", 0)).toBe("c");
    expect(formatFigure({ symbol: "low" }, "percent", 1)).toBe("low");
  });

  it("keeps the report's hedge on a figure", () => {
    expect(formatFigure({ value: 13, qualifier: "approximate" }, "percent", 1)).toBe("around 13.0%");
    expect(formatFigure({ value: 300, qualifier: "more_than" }, "count", 0)).toBe("over 300");
    expect(formatFigure({ value: 250, qualifier: "at_least" }, "count", 0)).toBe("at least 250");
    expect(formatFigure({ value: 0 }, "count", 0)).toBe("0");
  });
});

import { describe, expect, it } from "vitest";
import { FigureParseError, parseFigure } from "./figure.ts";
import { describeStatSymbol, parseStatSymbol } from "./statSymbol.ts";

describe("parseFigure", () => {
  it("reads numbers as tables print them", () => {
    expect(parseFigure("1,656").figure).toEqual({ value: 1656 });
    expect(parseFigure("126153").figure).toEqual({ value: 126153 });
    expect(parseFigure("-26").figure).toEqual({ value: -26 });
    expect(parseFigure("(32)").figure).toEqual({ value: -32 });
    expect(parseFigure(" 0 ").figure).toEqual({ value: 0 });
  });

  it("reads percentages and says they were written as percentages", () => {
    expect(parseFigure("11.10%")).toEqual({ figure: { value: 11.1 }, written: "percent" });
    expect(parseFigure("0%")).toEqual({ figure: { value: 0 }, written: "percent" });
  });

  it("reads money with its scale, exactly", () => {
    expect(parseFigure("£6.5m")).toEqual({ figure: { value: 6_500_000 }, written: "money" });
    expect(parseFigure("£650k").figure).toEqual({ value: 650_000 });
    expect(parseFigure("£1.25bn").figure).toEqual({ value: 1_250_000_000 });
    expect(parseFigure("£1,200").figure).toEqual({ value: 1200 });
  });

  it("keeps statistical symbols as symbols, never as zero", () => {
    for (const text of ["c", "x", "z", "k", "low", "u", "[c]", " LOW "]) {
      const { figure } = parseFigure(text);
      expect(figure.value).toBeUndefined();
      expect(figure.symbol).toBe(text.trim().replace(/[[\]]/g, "").toLowerCase());
    }
  });

  it("refuses what is not a figure, saying what it expected", () => {
    expect(() => parseFigure("")).toThrow("the cell is empty");
    expect(() => parseFigure("twelve")).toThrow(/expected a number such as 1,656/);
    expect(() => parseFigure("1,65")).toThrow(FigureParseError);
    expect(() => parseFigure("12..5")).toThrow(FigureParseError);
    expect(() => parseFigure("6.5m")).toThrow('"m" scales only money');
    expect(() => parseFigure("n/a")).toThrow(FigureParseError);
  });
});

describe("statistical symbols", () => {
  it("describes each symbol in words", () => {
    expect(describeStatSymbol("c")).toMatch(/suppressed/);
    expect(describeStatSymbol("k")).toMatch(/rounds to zero/);
    expect(parseStatSymbol("0")).toBeNull();
    expect(parseStatSymbol("cc")).toBeNull();
  });
});

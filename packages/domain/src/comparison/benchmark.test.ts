import { describe, expect, it } from "vitest";
import type { Area } from "../areas/area.ts";
import { benchmarkOf } from "./benchmark.ts";

const hampshire: Area = { code: "H", name: "Hampshire", level: "local_authority", parentCode: "SE" };
const figures = new Map([
  ["E92000001", { value: 70, symbol: null }],
  ["SE", { value: 55, symbol: null }],
  ["H", { value: 50, symbol: null }],
  ["A", { value: 40, symbol: null }],
  ["B", { value: 60, symbol: null }],
  ["C", { value: null, symbol: "c" }],
  ["D", { value: 90, symbol: null }],
]);
const councils = new Set(["H", "A", "B", "C", "D"]);
const neighbours = [
  { areaCode: "B", position: 2, closeness: "Close" },
  { areaCode: "A", position: 1, closeness: "Very close" },
  { areaCode: "C", position: 3, closeness: "Close" },
];

describe("comparing a council's figure", () => {
  it("with England, its region, its neighbours that have a figure, and every council", () => {
    const result = benchmarkOf({ area: hampshire, polarity: "down-is-good", figures, councils, neighbours });
    expect(result).toMatchObject({
      value: 50,
      england: 70,
      region: 55,
      neighbourMean: 50,
      neighbourMedian: 50,
      neighbourCount: 2,
      rank: 2,
      outOf: 4,
    });
    expect(result.neighbours.map((n) => [n.areaCode, n.value, n.symbol])).toEqual([
      ["A", 40, null],
      ["B", 60, null],
      ["C", null, "c"],
    ]);
  });

  it("gives no rank where neither direction is better, and none to a symbol", () => {
    expect(
      benchmarkOf({ area: hampshire, polarity: "neutral", figures, councils, neighbours }),
    ).toMatchObject({
      rank: null,
      quartile: null,
      outOf: 4,
    });
    const suppressed = benchmarkOf({
      area: { ...hampshire, code: "C" },
      polarity: "up-is-good",
      figures,
      councils,
      neighbours: [],
    });
    expect(suppressed).toMatchObject({ value: null, symbol: "c", rank: null, outOf: 4, neighbourMean: null });
  });
});

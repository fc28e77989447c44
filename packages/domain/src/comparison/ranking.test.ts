import { describe, expect, it } from "vitest";
import { mean, median, quantile, rankAmong, rankingAmong } from "./ranking.ts";

describe("ranking a council among all councils", () => {
  it("takes quartiles as R's default (type 7) does", () => {
    // R: quantile(c(1, 2, 3, 4, 10)) gives 1, 2, 3, 4, 10; quantile(1:4) gives 1, 1.75, 2.5, 3.25, 4.
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([1, 2, 3, 4, 10], p))).toEqual([1, 2, 3, 4, 10]);
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNull();
  });

  it("ranks 1 as best by polarity, ties sharing the lowest rank", () => {
    const values = [10, 20, 20, 30, 40];
    expect(rankAmong(20, values, "down-is-good")).toMatchObject({ rank: 2, outOf: 5 });
    expect(rankAmong(20, values, "up-is-good")).toMatchObject({ rank: 3, outOf: 5 });
    expect(rankAmong(40, values, "up-is-good")).toMatchObject({ rank: 1 });
    expect(rankAmong(20, values, "neutral")).toEqual({ rank: null, outOf: 5, quartile: null });
  });

  it("bands A to D with the boundaries in the better band, as LAIT does", () => {
    // Quartiles of 1..8 (type 7): 2.75, 4.5, 6.25.
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    const low = values.map((v) => rankAmong(v, values, "down-is-good").quartile);
    expect(low).toEqual(["A", "A", "B", "B", "C", "C", "D", "D"]);
    const high = values.map((v) => rankAmong(v, values, "up-is-good").quartile);
    expect(high).toEqual(["D", "D", "C", "C", "B", "B", "A", "A"]);
    // A value on a quartile is in the better band.
    expect(rankAmong(2, [1, 2, 3, 4, 10], "down-is-good").quartile).toBe("A");
    expect(rankAmong(4, [1, 2, 3, 4, 10], "up-is-good").quartile).toBe("A");
  });

  it("ranks a whole field as counting the better figures one by one would", () => {
    // 153 councils' figures with many ties, and figures outside the field (a region's, say).
    const values = Array.from({ length: 153 }, (_, i) => Math.round(((i * 37) % 101) / 4) / 2);
    for (const polarity of ["down-is-good", "up-is-good"] as const) {
      const rank = rankingAmong(values, polarity);
      for (const value of [...values, -1, 0.25, 6.3, 100]) {
        const better = values.filter((v) => (polarity === "down-is-good" ? v < value : v > value));
        expect(rank(value)).toEqual({ ...rank(value), rank: better.length + 1, outOf: 153 });
      }
    }
  });
});

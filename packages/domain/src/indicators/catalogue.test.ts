import { describe, expect, it } from "vitest";
import { findBreakdownDimension } from "./breakdownDimensions.ts";
import { findIndicator, indicatorCatalogue, requireIndicator } from "./catalogue.ts";
import { findTopic } from "./topics.ts";
import { valueRangeOf } from "./indicator.ts";

describe("indicator catalogue", () => {
  it("holds the codes API users rely on, exactly as published", () => {
    for (const code of [
      "uasc-arrivals",
      "uasc-care-leavers",
      "uasc-looked-after",
      "cla-count",
      "cla-starts",
      "cla-ceased",
      "cla-net-change",
      "cla-starts-placed-with-parents",
      "cla-starts-uasc",
      "contacts",
      "referrals",
      "cpp-count",
    ]) {
      expect(findIndicator(code)?.code).toBe(code);
    }
  });

  it("gives flows, stocks and ratios the kinds their arithmetic depends on", () => {
    expect(requireIndicator("uasc-arrivals").kind).toBe("flow");
    expect(requireIndicator("uasc-care-leavers").kind).toBe("stock");
    expect(requireIndicator("cla-count").kind).toBe("stock");
    expect(requireIndicator("cf-assessment-timeliness").kind).toBe("ratio");
    expect(requireIndicator("cla-rate-per-10000").unit).toBe("rate-per-10000");
  });

  it("has unique codes, known topics and dimensions, and symmetrical comparisons", () => {
    const codes = indicatorCatalogue.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const indicator of indicatorCatalogue) {
      expect(indicator.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findTopic(indicator.topic), indicator.code).toBeDefined();
      if (indicator.totalIndicator) {
        // A breakdown can only add up to a total counted the same way over the same periods.
        const total = requireIndicator(indicator.totalIndicator);
        expect(indicator.dimension, indicator.code).toBeDefined();
        expect([total.kind, total.unit]).toEqual([indicator.kind, indicator.unit]);
      }
      if (indicator.dimension)
        expect(findBreakdownDimension(indicator.dimension), indicator.code).toBeDefined();
      for (const other of indicator.sameMeasureAs ?? []) {
        expect(findIndicator(other)?.sameMeasureAs, `${indicator.code} ~ ${other}`).toContain(indicator.code);
      }
      if (indicator.kind === "ratio") expect(["percent", "rate-per-10000"]).toContain(indicator.unit);
    }
  });

  it("says so when a code is not in the catalogue", () => {
    expect(findIndicator("uasc-arrival")).toBeUndefined();
    expect(() => requireIndicator("uasc-arrival")).toThrow('"uasc-arrival" is not an indicator code');
  });
});

describe("valueRangeOf", () => {
  it("bounds percentages to 0-100 and counts at zero, except where a change can be negative", () => {
    expect(valueRangeOf(requireIndicator("cf-assessment-timeliness"))).toEqual({ min: 0, max: 100 });
    expect(valueRangeOf(requireIndicator("cla-count"))).toEqual({ min: 0 });
    expect(valueRangeOf(requireIndicator("cla-net-change"))).toEqual({});
    expect(valueRangeOf(requireIndicator("fostering-enquiries-change"))).toEqual({ min: -100 });
  });
});

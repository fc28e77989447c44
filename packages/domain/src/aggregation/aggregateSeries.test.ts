import { describe, expect, it } from "vitest";
import { requireIndicator } from "../indicators/catalogue.ts";
import { financialYear, month, quarter, snapshot } from "../periods/period.ts";
import { quarterOfFinancialYear } from "../periods/financialYear.ts";
import { AggregationError, aggregateSeries, type SeriesPoint } from "./aggregateSeries.ts";
import { changeBetween } from "./change.ts";

// Hampshire UASC arrivals, Jan-Mar 2018 to Jan-Mar 2021 (Cabinet, 7 December 2021).
const arrivals = [14, 29, 31, 17, 18, 7, 8, 3, 13, 0, 18, 4, 7].map((value, i): SeriesPoint => ({
  period: quarter(2018 + Math.floor(i / 4), (i % 4) + 1),
  figure: { value },
}));
// UASC care leavers at each of the same quarter ends.
const careLeaverEnds = ["03-31", "06-30", "09-30", "12-31"];
const careLeavers = [246, 247, 270, 294, 308, 328, 329, 327, 334, 335, 341, 347, 363].map(
  (value, i): SeriesPoint => ({
    period: snapshot(`${2018 + Math.floor(i / 4)}-${careLeaverEnds[i % 4] ?? ""}`),
    figure: { value },
  }),
);
const yearly = (result: ReturnType<typeof aggregateSeries>) =>
  result.points.map((p) => [p.period.label, p.figure.value ?? p.figure.symbol]);

describe("aggregateSeries to financial years", () => {
  it("adds up flows over whole years and names the years it could not complete", () => {
    const result = aggregateSeries(requireIndicator("uasc-arrivals"), arrivals, "financial-year");
    expect(yearly(result)).toEqual([
      ["2018-19", 95],
      ["2019-20", 31],
      ["2020-21", 29],
    ]);
    expect(result.incomplete).toEqual([
      { period: financialYear(2017), reason: "only Jan–Mar 2018 of 2017-18 is published" },
    ]);
  });

  it("takes a stock's value on the last day of the year, never a sum", () => {
    const result = aggregateSeries(requireIndicator("uasc-care-leavers"), careLeavers, "financial-year");
    expect(yearly(result)).toEqual([
      ["2017-18", 246],
      ["2018-19", 308],
      ["2019-20", 334],
      ["2020-21", 363],
    ]);
  });

  it("says which year has no figure on its last day", () => {
    const result = aggregateSeries(
      requireIndicator("uasc-care-leavers"),
      careLeavers.slice(0, 3),
      "calendar-year",
    );
    expect(yearly(result)).toEqual([]);
    expect(result.incomplete[0]?.reason).toBe("no figure for 31 December 2018, the last day of 2018");
  });

  it("recomputes ratios from summed numerators and denominators instead of averaging", () => {
    const timeliness = requireIndicator("cf-assessment-timeliness");
    const points: SeriesPoint[] = [
      { n: 90, d: 100 },
      { n: 10, d: 20 },
      { n: 45, d: 50 },
      { n: 80, d: 80 },
    ].map(({ n, d }, i) => ({
      period: quarterOfFinancialYear(2020, i + 1),
      figure: { value: (n / d) * 100 },
      numerator: n,
      denominator: d,
    }));
    const result = aggregateSeries(timeliness, points, "financial-year");
    // (90+10+45+80)/(100+20+50+80) = 90.0%; the average of the four percentages would be 81.25%.
    expect(result.points).toEqual([
      { period: financialYear(2020), figure: { value: 90 }, numerator: 225, denominator: 250 },
    ]);
  });

  it("uses a ratio published for the whole year as it is, without its numerator", () => {
    const points: SeriesPoint[] = [
      { period: financialYear(2020), figure: { value: 95.3 }, denominator: 15924 },
    ];
    expect(
      aggregateSeries(requireIndicator("cf-assessment-timeliness"), points, "financial-year").points,
    ).toEqual(points);
  });

  it("keeps a year suppressed when any part of it is suppressed", () => {
    const points = arrivals
      .slice(1, 5)
      .map((p, i) => (i === 2 ? { ...p, figure: { symbol: "c" as const } } : p));
    expect(yearly(aggregateSeries(requireIndicator("uasc-arrivals"), points, "financial-year"))).toEqual([
      ["2018-19", "c"],
    ]);
  });

  it("carries a hedge on any part into the total", () => {
    const points = arrivals
      .slice(1, 5)
      .map((p, i) => (i === 0 ? { ...p, figure: { value: 29, qualifier: "approximate" as const } } : p));
    expect(
      aggregateSeries(requireIndicator("uasc-arrivals"), points, "financial-year").points[0]?.figure,
    ).toEqual({
      value: 95,
      qualifier: "approximate",
    });
  });

  it("adds twelve months into a year", () => {
    const months = Array.from({ length: 12 }, (_, i): SeriesPoint => ({
      period: month(i < 9 ? 2020 : 2021, ((i + 3) % 12) + 1),
      figure: { value: 10 },
    }));
    expect(yearly(aggregateSeries(requireIndicator("cla-starts"), months, "financial-year"))).toEqual([
      ["2020-21", 120],
    ]);
  });
});

describe("aggregateSeries refuses what would be meaningless", () => {
  it("will not add a stock's snapshots, or treat a flow's snapshot as a count over time", () => {
    expect(() =>
      aggregateSeries(
        requireIndicator("uasc-arrivals"),
        [{ period: snapshot("2021-03-31"), figure: { value: 3 } }],
        "financial-year",
      ),
    ).toThrow(/counted over a period; a figure for at 31 March 2021 cannot be added/);
    expect(() => aggregateSeries(requireIndicator("cla-count"), arrivals, "financial-year")).toThrow(
      /counted on a day; its figure for Jan–Mar 2018 is not a snapshot/,
    );
  });

  it("will not recompute a ratio published without numerator and denominator", () => {
    const points = [0, 1, 2, 3].map((i): SeriesPoint => ({
      period: quarterOfFinancialYear(2020, i + 1),
      figure: { value: 90 },
    }));
    expect(() =>
      aggregateSeries(requireIndicator("cf-assessment-timeliness"), points, "financial-year"),
    ).toThrow(/without its numerator and denominator/);
  });

  it("will not add two sources' figures for the same quarter", () => {
    expect(() =>
      aggregateSeries(
        requireIndicator("uasc-arrivals"),
        [...arrivals, { period: quarter(2018, 4), figure: { value: 19 } }],
        "financial-year",
      ),
    ).toThrow(AggregationError);
  });

  it("adds up a year's quarters or its months, never both together", () => {
    const quarters = [2, 3, 4].map((q) => ({ period: quarter(2020, q), figure: { value: 10 } }));
    const months = Array.from({ length: 12 }, (_, i) => ({
      period: month(i < 9 ? 2020 : 2021, ((i + 3) % 12) + 1),
      figure: { value: 3 },
    }));
    const year = (points: SeriesPoint[]) =>
      aggregateSeries(requireIndicator("cla-starts"), points, "financial-year");
    // Three quarters and every month: the months, since the quarters are not all there.
    expect(year([...quarters, ...months]).points[0]?.figure).toEqual({ value: 36 });
    // All four quarters and every month: the quarters.
    const all = [...quarters, { period: quarter(2021, 1), figure: { value: 10 } }, ...months];
    expect(year(all).points[0]?.figure).toEqual({ value: 40 });
    // A quarter and a month of another quarter: not a whole year either way.
    const partial = year([
      { period: quarter(2020, 2), figure: { value: 1 } },
      { period: month(2020, 7), figure: { value: 1 } },
    ]);
    expect(partial.points).toEqual([]);
    expect(partial.incomplete[0]?.period.key).toBe("FY2020-21");
  });

  it("passes published periods through in order", () => {
    const reversed = [...arrivals].reverse();
    expect(aggregateSeries(requireIndicator("uasc-arrivals"), reversed, "published").points).toEqual(
      arrivals,
    );
  });
});

describe("changeBetween", () => {
  it("gives absolute and percentage change, and none across a symbol or from zero", () => {
    expect(changeBetween({ value: 1602 }, { value: 1656 })).toEqual({ absolute: 54, percent: 3.4 });
    expect(changeBetween({ value: 0 }, { value: 18 })).toEqual({ absolute: 18, percent: null });
    expect(changeBetween({ symbol: "c" }, { value: 18 })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import {
  calendarYear,
  comparePeriods,
  financialYear,
  month,
  periodFromKey,
  quarter,
  snapshot,
  span,
  workforceCensus,
} from "./period.ts";

describe("period constructors", () => {
  it("gives a calendar quarter its dates, key and report label", () => {
    expect(quarter(2018, 1)).toEqual({
      kind: "quarter",
      key: "2018-Q1",
      start: "2018-01-01",
      end: "2018-03-31",
      label: "Jan–Mar 2018",
    });
    expect(quarter(2020, 4).label).toBe("Oct–Dec 2020");
    expect(quarter(2020, 3).end).toBe("2020-09-30");
  });

  it("runs a financial year from 1 April to 31 March", () => {
    expect(financialYear(2020)).toEqual({
      kind: "financial-year",
      key: "FY2020-21",
      start: "2020-04-01",
      end: "2021-03-31",
      label: "2020-21",
    });
    expect(financialYear(1999).label).toBe("1999-00");
  });

  it("labels months, years, snapshots, the workforce census and spans", () => {
    expect(month(2020, 2)).toMatchObject({ key: "2020-02", end: "2020-02-29", label: "February 2020" });
    expect(month(2021, 2).end).toBe("2021-02-28");
    expect(calendarYear(2021)).toMatchObject({ key: "2021", start: "2021-01-01", end: "2021-12-31" });
    expect(snapshot("2021-03-31")).toMatchObject({ key: "2021-03-31", label: "at 31 March 2021" });
    expect(workforceCensus(2022)).toMatchObject({
      kind: "snapshot",
      key: "2022-09-30",
      label: "at 30 September 2022",
    });
    expect(span("2019-09-01", "2022-08-31")).toMatchObject({
      key: "2019-09-01/2022-08-31",
      label: "1 Sep 2019 – 31 Aug 2022",
    });
  });

  it("refuses impossible periods with a reason", () => {
    expect(() => quarter(2018, 5)).toThrow("Quarter 5 is not between 1 and 4");
    expect(() => month(2018, 13)).toThrow("Month 13");
    expect(() => snapshot("2021-02-30")).toThrow('"2021-02-30" is not a calendar date');
    expect(() => span("2022-01-01", "2021-01-01")).toThrow("ends (2021-01-01) before it starts");
    expect(() => financialYear(3000)).toThrow("outside 1900-2199");
  });
});

describe("periodFromKey", () => {
  it("round-trips every kind of key", () => {
    for (const period of [
      quarter(2018, 2),
      financialYear(2016),
      month(2021, 3),
      calendarYear(2019),
      snapshot("2021-06-30"),
      span("2019-09-01", "2022-08-31"),
    ]) {
      expect(periodFromKey(period.key)).toEqual(period);
    }
  });

  it("rejects text that is not a key, saying what keys look like", () => {
    expect(() => periodFromKey("Jan-Mar 2018")).toThrow(/not a period key.*2018-Q1 \(quarter\)/);
    expect(() => periodFromKey("FY2020-22")).toThrow("not a period key");
    expect(() => periodFromKey("2021-13")).toThrow("not a period key");
  });
});

describe("comparePeriods", () => {
  it("orders by start, then by end", () => {
    const sorted = [financialYear(2018), quarter(2018, 2), quarter(2018, 1), snapshot("2018-04-01")].sort(
      comparePeriods,
    );
    expect(sorted.map((p) => p.key)).toEqual(["2018-Q1", "2018-04-01", "2018-Q2", "FY2018-19"]);
  });
});

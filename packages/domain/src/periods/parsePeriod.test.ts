import { describe, expect, it } from "vitest";
import { PeriodParseError, parsePeriod, parsePeriodSequence } from "./parsePeriod.ts";

const key = (text: string) => parsePeriod(text).period.key;

describe("parsePeriod", () => {
  it("reads quarters the way the reports spell them", () => {
    expect(key("Jan - Mar 2018")).toBe("2018-Q1");
    expect(key("Apr-Jun 2018")).toBe("2018-Q2");
    expect(key("Jul–Sep 2020")).toBe("2020-Q3");
    expect(key("Oct-Dec 2019")).toBe("2019-Q4");
    expect(key("January to March 2021")).toBe("2021-Q1");
    expect(key("Q3 2019")).toBe("2019-Q3");
    expect(key("2019 Q3")).toBe("2019-Q3");
    expect(key("2018-Q1")).toBe("2018-Q1");
  });

  it("reads financial-year quarters, which start in April", () => {
    expect(key("Q4 2017-18")).toBe("2018-Q1");
    expect(key("2018/19 Q1")).toBe("2018-Q2");
  });

  it("reads financial years in their usual spellings", () => {
    for (const text of [
      "2016-17",
      "2016/17",
      "2016-2017",
      "FY 2016-17",
      "financial year 2016/17",
      "FY2016-17",
    ]) {
      expect(key(text)).toBe("FY2016-17");
    }
    expect(key("1999-00")).toBe("FY1999-00");
  });

  it("reads calendar years, months, snapshots and ranges", () => {
    expect(key("2021")).toBe("2021");
    expect(key("March 2021")).toBe("2021-03");
    expect(key("Sept 2020")).toBe("2020-09");
    expect(key("2021-03")).toBe("2021-03");
    expect(key("at 31 March 2021")).toBe("2021-03-31");
    expect(key("As at 30 June 2021")).toBe("2021-06-30");
    expect(key("31/03/2021")).toBe("2021-03-31");
    expect(key("2021-03-31")).toBe("2021-03-31");
    expect(key("1st September 2019")).toBe("2019-09-01");
    expect(key("1 September 2019 to 31 August 2022")).toBe("2019-09-01/2022-08-31");
    expect(key("2019-09-01/2022-08-31")).toBe("2019-09-01/2022-08-31");
  });

  it("refuses a financial year whose years do not follow on, naming the year meant", () => {
    expect(() => parsePeriod("2021-21")).toThrow(/should be followed by 22 \(2021-22\)/);
    expect(() => parsePeriod("2016-18")).toThrow(PeriodParseError);
  });

  it("refuses malformed text with the spellings it accepts", () => {
    expect(() => parsePeriod("")).toThrow("is empty");
    expect(() => parsePeriod("Feb-Apr 2018")).toThrow("do not make a calendar quarter");
    expect(() => parsePeriod("31 February 2021")).toThrow(/expected a quarter/);
    expect(() => parsePeriod("2021-02-30")).toThrow("does not exist in the calendar");
    expect(() => parsePeriod("Q5 2018")).toThrow(/expected a quarter/);
    expect(() => parsePeriod("last year")).toThrow(/"last year" is not a period/);
    expect(() => parsePeriod("31 August 2022 to 1 September 2019")).toThrow("ends before it starts");
  });
});

describe("parsePeriodSequence", () => {
  it("reads the Cabinet table's '2021-21' header as 2020-21, with a warning", () => {
    const parsed = parsePeriodSequence(["2016-17", "2017-18", "2018-19", "2019-20", "2021-21"]);
    expect(parsed.map((p) => p.period.label)).toEqual([
      "2016-17",
      "2017-18",
      "2018-19",
      "2019-20",
      "2020-21",
    ]);
    expect(parsed.slice(0, 4).every((p) => p.warning === undefined)).toBe(true);
    expect(parsed[4]?.warning).toMatch(/"2021-21" read as 2020-21/);
  });

  it("uses the column after when the slip is in the first column", () => {
    expect(parsePeriodSequence(["2016-16", "2016-17"])[0]?.period.label).toBe("2015-16");
  });

  it("leaves the slip an error when no neighbour shows which year was meant", () => {
    expect(() => parsePeriodSequence(["2021-21"])).toThrow(PeriodParseError);
    expect(() => parsePeriodSequence(["Jan-Mar 2018", "2021-21"])).toThrow(PeriodParseError);
    // 2019-20 is followed by 2020-21, which does not end in 23.
    expect(() => parsePeriodSequence(["2019-20", "2021-23"])).toThrow(PeriodParseError);
  });
});

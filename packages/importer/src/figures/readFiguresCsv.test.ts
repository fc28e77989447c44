import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/readCsv.ts";
import { ImportValidationError, describeProblem } from "../importProblem.ts";
import { readFiguresCsv } from "./readFiguresCsv.ts";

const HEADER = "indicator,area,period,breakdown,value,qualifier,numerator,denominator,source,citation";
const context = { areaCodes: new Set(["E10000014", "E92000001"]), sourceKeys: new Set(["cabinet"]) };

function read(lines: string[]) {
  return readFiguresCsv(
    readCsv("figures.csv", new TextEncoder().encode([HEADER, ...lines].join("\n"))),
    context,
  );
}

function problems(lines: string[]) {
  try {
    read(lines);
  } catch (error) {
    if (error instanceof ImportValidationError) return error.problems.map(describeProblem);
    throw error;
  }
  throw new Error("expected an ImportValidationError");
}

describe("readFiguresCsv", () => {
  it("reads figures with their period, breakdown, symbol, hedge and citation", () => {
    const records = read([
      "uasc-arrivals,E10000014,Jan - Mar 2018,,14,,,,cabinet,Table A",
      "referral-source-share,E10000014,2016-17,referral-source=police,27.60%,,5360,,cabinet,Table B",
      "cla-count,E92000001,at 31 March 2021,,c,,,,cabinet,Table C",
      "sw-vacancy-rate,E10000014,at 7 December 2021,,13%,approximate,,,cabinet,para 39",
      "sw-investment,E10000014,2018,,£6.5m,,,,cabinet,para 38",
    ]);
    expect(records.map((r) => [r.indicator.code, r.period.key, r.figure])).toEqual([
      ["uasc-arrivals", "2018-Q1", { value: 14 }],
      ["referral-source-share", "FY2016-17", { value: 27.6 }],
      ["cla-count", "2021-03-31", { symbol: "c" }],
      ["sw-vacancy-rate", "2021-12-07", { value: 13, qualifier: "approximate" }],
      ["sw-investment", "2018", { value: 6_500_000 }],
    ]);
    expect(records[1]).toMatchObject({
      line: 3,
      breakdown: { dimension: "referral-source", item: "police" },
      numerator: 5360,
    });
  });

  it("reports every problem with its line, column and value, and expected form", () => {
    expect(
      problems([
        "uasc-arrival,E10000014,Jan - Mar 2018,,14,,,,cabinet,Table A",
        "uasc-arrivals,E99999999,Jan - Mar 2018,,14,,,,cabinet,Table A",
        "uasc-arrivals,E10000014,Spring 2018,,14,,,,cabinet,Table A",
        "uasc-arrivals,E10000014,Jan - Mar 2018,,fourteen,,,,cabinet,Table A",
        "uasc-arrivals,E10000014,Jan - Mar 2018,,14,,,,minutes,Table A",
        "uasc-arrivals,E10000014,Jan - Mar 2018,,14,,,,cabinet,",
      ]),
    ).toEqual([
      'figures.csv, line 2, column "indicator": unknown indicator; expected a code from the catalogue, such as uasc-arrivals (found "uasc-arrival")',
      'figures.csv, line 3, column "area": unknown area; expected a GSS code such as E10000014 (Hampshire) or E92000001 (England) (found "E99999999")',
      expect.stringMatching(
        /^figures\.csv, line 4, column "period": not a period: expected a quarter .* \(found "Spring 2018"\)$/,
      ),
      'figures.csv, line 5, column "value": expected a number such as 1,656, 11.10% or £6.5m, or a symbol (c, x, z, k, low, u) (found "fourteen")',
      'figures.csv, line 6, column "source": unknown source; register the source first (found "minutes")',
      'figures.csv, line 7, column "citation": every figure needs a citation: the table, row and column, or paragraph',
    ]);
  });

  it("refuses a flow on a single day, a stock over a period, and mismatched units", () => {
    expect(
      problems([
        "uasc-arrivals,E10000014,at 31 March 2021,,14,,,,cabinet,T",
        "cla-count,E10000014,2020-21,,1656,,,,cabinet,T",
        "cla-count,E10000014,at 31 March 2021,,16%,,,,cabinet,T",
        "cf-assessment-timeliness,E10000014,2020-21,,105%,,,,cabinet,T",
        "cla-starts,E10000014,2020-21,,-3,,,,cabinet,T",
      ]),
    ).toEqual([
      'figures.csv, line 2, column "period": uasc-arrivals is counted over a period (a quarter, a year…), but this is a single day (found "at 31 March 2021")',
      'figures.csv, line 3, column "period": cla-count is counted on a day; give the date, such as "at 31 March 2021", not 2020-21 (found "2020-21")',
      'figures.csv, line 4, column "value": cla-count is measured in count, not as a percentage (found "16%")',
      'figures.csv, line 5, column "value": cf-assessment-timeliness must be at least 0% and at most 100% (found "105%")',
      'figures.csv, line 6, column "value": cla-starts must be at least 0 (found "-3")',
    ]);
  });

  it("accepts a negative net change, which is not a count of people", () => {
    expect(read(["cla-net-change,E10000014,Jan-Mar 2019,,-26,,,,cabinet,T"])[0]?.figure).toEqual({
      value: -26,
    });
  });

  it("checks breakdowns against the indicator's dimension", () => {
    expect(
      problems([
        "uasc-arrivals,E10000014,2020-21,referral-source=police,4,,,,cabinet,T",
        "referrals-by-source,E10000014,2020-21,referral-source=postman,4,,,,cabinet,T",
        "referrals-by-source,E10000014,2020-21,police,4,,,,cabinet,T",
      ]),
    ).toEqual([
      'figures.csv, line 2, column "breakdown": uasc-arrivals has no breakdown; leave the cell empty (found "referral-source=police")',
      expect.stringMatching(
        /^figures\.csv, line 3, column "breakdown": unknown referral source; expected one of individual, education, .*not-recorded \(found "referral-source=postman"\)$/,
      ),
      'figures.csv, line 4, column "breakdown": expected dimension=item, such as referral-source=police, or nothing for the total (found "police")',
    ]);
  });

  it("refuses a hedge on a symbol and a qualifier it does not know", () => {
    expect(
      problems([
        "cla-count,E10000014,at 31 March 2021,,c,approximate,,,cabinet,T",
        "cla-count,E10000014,at 31 March 2020,,1602,roughly,,,cabinet,T",
      ]),
    ).toEqual([
      'figures.csv, line 2, column "qualifier": a symbol cannot be qualified (found "approximate")',
      'figures.csv, line 3, column "qualifier": expected approximate, at_least, more_than or nothing (found "roughly")',
    ]);
  });

  it("refuses a duplicate row, naming the line it repeats", () => {
    expect(
      problems([
        "uasc-arrivals,E10000014,Jan - Mar 2018,,14,,,,cabinet,Table A",
        "uasc-arrivals,E10000014,Q1 2018,,14,,,,cabinet,Table A",
      ]),
    ).toEqual(["figures.csv, line 3: duplicate row: line 2 gives the same figure with the same citation"]);
  });

  it("allows the same figure from another table of the same source", () => {
    expect(
      read([
        "contacts,E10000014,2017-18,,106010,,,,cabinet,Table",
        'contacts,E10000014,2017-18,,"77,934",,,,cabinet,para 28',
      ]),
    ).toHaveLength(2);
  });

  it("refuses a file without the required columns, or without figures", () => {
    const table = readCsv("f.csv", new TextEncoder().encode("indicator,area,amount\nx,y,1\n"));
    expect(() => readFiguresCsv(table, context)).toThrow(
      /line 1: missing column\(s\): period, value, source, citation/,
    );
    expect(() => readFiguresCsv(table, context)).toThrow(/unknown column\(s\): amount/);
    expect(() => read([])).toThrow("the file has a header but no figures");
  });
});

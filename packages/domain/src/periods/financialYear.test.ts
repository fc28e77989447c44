import { describe, expect, it } from "vitest";
import {
  financialQuarterLabel,
  financialQuarterNumber,
  financialYearOf,
  financialYearOfDate,
  quarterOfFinancialYear,
  quartersOfFinancialYear,
} from "./financialYear.ts";
import { calendarYear, financialYear, month, quarter, snapshot, span } from "./period.ts";

describe("financial years", () => {
  it("puts January to March in the financial year that started the April before", () => {
    expect(financialYearOf(quarter(2018, 1))?.label).toBe("2017-18");
    expect(financialYearOf(quarter(2018, 2))?.label).toBe("2018-19");
    expect(financialYearOf(month(2021, 3))?.label).toBe("2020-21");
    expect(financialYearOf(month(2021, 4))?.label).toBe("2021-22");
    expect(financialYearOfDate("2021-03-31").label).toBe("2020-21");
    expect(financialYearOfDate("2021-04-01").label).toBe("2021-22");
  });

  it("puts a snapshot in the year containing its day, and nothing that crosses 1 April", () => {
    expect(financialYearOf(snapshot("2021-03-31"))?.key).toBe("FY2020-21");
    expect(financialYearOf(calendarYear(2021))).toBeNull();
    expect(financialYearOf(span("2019-09-01", "2022-08-31"))).toBeNull();
    expect(financialYearOf(financialYear(2020))?.key).toBe("FY2020-21");
  });

  it("numbers quarters from April", () => {
    expect(financialQuarterNumber(quarter(2018, 2))).toBe(1);
    expect(financialQuarterNumber(quarter(2019, 1))).toBe(4);
    expect(financialQuarterLabel(quarter(2018, 1))).toBe("Q4 2017-18");
    expect(financialQuarterLabel(quarter(2018, 4))).toBe("Q3 2018-19");
    expect(quarterOfFinancialYear(2017, 4).key).toBe("2018-Q1");
    expect(quarterOfFinancialYear(2018, 1).key).toBe("2018-Q2");
  });

  it("lists the four quarters of a year, April first", () => {
    expect(quartersOfFinancialYear(financialYear(2020)).map((q) => q.label)).toEqual([
      "Apr–Jun 2020",
      "Jul–Sep 2020",
      "Oct–Dec 2020",
      "Jan–Mar 2021",
    ]);
    expect(() => quartersOfFinancialYear(calendarYear(2020))).toThrow("is not a financial year");
  });
});

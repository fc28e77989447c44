import { describe, expect, it } from "vitest";
import type { ChartPoint, ChartSeries } from "./chartSeries.ts";
import { describeSeries } from "./describeSeries.ts";
import { seriesCsv } from "./seriesCsv.ts";

const point = (
  periodLabel: string,
  value: number | null,
  symbol: string | null = null,
  periodStart = "2018-01-01",
): ChartPoint => ({
  periodKey: periodLabel,
  periodLabel,
  periodStart,
  value,
  symbol,
  formatted: symbol ?? String(value),
  citations: [{ title: "Cabinet report", citation: `Table, column "${periodLabel}"` }],
  disagreements: [],
  revisions: [],
});
const arrivals: ChartSeries = {
  key: "uasc-arrivals",
  label: "UASC arrivals",
  kind: "bar",
  points: [
    point("Jan–Mar 2018", 14),
    point("Jul–Sep 2018", 31),
    point("Apr–Jun 2020", 0),
    point("Jan–Mar 2021", 7),
  ],
};

describe("describeSeries", () => {
  it("says how the figures moved, with the peak and the low", () => {
    expect(describeSeries([arrivals])).toBe(
      "UASC arrivals fell from 14 in Jan–Mar 2018 to 7 in Jan–Mar 2021, peaking at 31 in Jul–Sep 2018, with a low of 0 in Apr–Jun 2020.",
    );
  });

  it("counts figures published as symbols rather than treating them as zero", () => {
    const withSymbol = { ...arrivals, points: [...arrivals.points, point("Apr–Jun 2021", null, "c")] };
    expect(describeSeries([withSymbol])).toMatch(/1 figure is not published as numbers\.$/);
  });

  it("handles one figure and none", () => {
    expect(describeSeries([{ ...arrivals, points: [point("at 30 June 2021", 63)] }])).toBe(
      "UASC arrivals: 63 (at 30 June 2021).",
    );
    expect(describeSeries([{ ...arrivals, points: [] }])).toBe("UASC arrivals: no figures published.");
  });
});

describe("seriesCsv", () => {
  it("writes one row per period with symbols kept and the sources cited", () => {
    const csv = seriesCsv([
      { ...arrivals, points: [point("Jan–Mar 2018", 14), point("Apr–Jun 2018", null, "c")] },
    ]);
    expect(csv).toBe(
      'Period,UASC arrivals,Sources\r\nJan–Mar 2018,14,"Cabinet report: Table, column ""Jan–Mar 2018"""\r\n' +
        'Apr–Jun 2018,c,"Cabinet report: Table, column ""Apr–Jun 2018"""\r\n',
    );
  });
});

describe("seriesCsv with hostile text", () => {
  it("keeps a carriage return inside its cell and stops formulas, but leaves negative numbers as numbers", () => {
    const hostile: ChartPoint = {
      ...point("Jan–Mar 2018", -3),
      citations: [{ title: '=HYPERLINK("http://x")', citation: "row 1\rinjected,row" }],
    };
    const csv = seriesCsv([{ ...arrivals, label: "@SUM(A1)", points: [hostile] }]);
    expect(csv).toBe(
      "Period,'@SUM(A1),Sources\r\n" +
        'Jan–Mar 2018,-3,"\'=HYPERLINK(""http://x""): row 1\rinjected,row"\r\n',
    );
    // Two rows: the header and the one period, however a spreadsheet splits lines.
    expect(csv.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean)).toHaveLength(2);
  });
});

describe("periods from several series", () => {
  it("are listed by date, not by the series they first appear in", () => {
    const later: ChartSeries = {
      ...arrivals,
      key: "a",
      label: "A",
      points: [point("at 30 June 2021", 63, null, "2021-06-30")],
    };
    const earlier: ChartSeries = {
      ...arrivals,
      key: "b",
      label: "B",
      points: [point("at 30 June 2017", 137, null, "2017-06-30")],
    };
    const rows = seriesCsv([later, earlier])
      .split("\r\n")
      .slice(1, 3)
      .map((row) => row.split(",")[0]);
    expect(rows).toEqual(["at 30 June 2017", "at 30 June 2021"]);
  });
});

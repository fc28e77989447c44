import { describe, expect, it } from "vitest";
import type { ChartPointFieldsFragment } from "../graphql/generated/graphql.ts";
import { comparisonLines } from "./comparatorSeries.ts";
import type { PanelDefinition } from "./panelDefinition.ts";
import {
  claCountPanel,
  claEntrantSharesPanel,
  claEntriesExitsPanel,
  referralSourcesPanel,
} from "./panelDefinitions.ts";
import { drawnSeries, type PanelIndicator } from "./panelSeries.ts";

const QUARTERS = ["2020-Q2", "2020-Q3"];
const point = (key: string, value: number | null, source = "Cabinet report"): ChartPointFieldsFragment => {
  const quarter = key.includes("-Q");
  return {
    period: {
      key,
      kind: quarter ? "QUARTER" : "FINANCIAL_YEAR",
      label: key,
      start: quarter ? `2020-0${String(QUARTERS.indexOf(key) * 3 + 4)}-01` : "2020-04-01",
      end: quarter ? `2020-0${String(QUARTERS.indexOf(key) * 3 + 6)}-30` : "2021-03-31",
    },
    value,
    symbol: null,
    formatted: String(value),
    sources: [{ title: source, citation: `column ${key}` }],
    disagreements: [],
    revisions: [],
  };
};
const indicator = (code: string, points: ChartPointFieldsFragment[]): PanelIndicator => ({
  code,
  unit: "count",
  decimals: 0,
  series: [{ breakdown: null, points }],
});

describe("drawing a panel from its definition", () => {
  const starts = indicator("cla-starts", [
    point("2020-Q2", 151),
    point("2020-Q3", 160),
    point("FY2020-21", 618),
  ]);

  it("leaves the DfE's whole years out of a quarterly view, and keeps them in the financial-year view", () => {
    const quarterly = drawnSeries(claEntriesExitsPanel, [starts], false);
    expect(quarterly.chart[0]?.points.map((p) => p.periodKey)).toEqual(["2020-Q2", "2020-Q3"]);
    const yearly = drawnSeries(claEntriesExitsPanel, [starts], true);
    expect(yearly.chart[0]?.points.map((p) => p.periodKey)).toEqual(["2020-Q2", "2020-Q3", "FY2020-21"]);
  });

  it("works out a share to one decimal place from two counts, citing both", () => {
    const withParents = indicator("cla-starts-placed-with-parents", [
      point("2020-Q2", 24, "Council report"),
      point("2020-Q3", 5),
    ]);
    const shares = drawnSeries(
      claEntrantSharesPanel,
      [starts, withParents, indicator("cla-starts-uasc", [])],
      false,
    );
    expect(shares.chart).toHaveLength(1);
    expect(shares.chart[0]?.points.map((p) => p.formatted)).toEqual(["15.9%", "3.1%"]);
    expect(shares.chart[0]?.points[0]?.citations.map((c) => c.title)).toEqual([
      "Council report",
      "Cabinet report",
    ]);
  });

  it("stacks the largest items and adds up the rest, while the table keeps every item", () => {
    const sources = ["Police", "Education", "Health", "Housing", "Individual", "Anonymous", "Other"];
    const shares = [30, 20, 15, 10, 8, 5, 2];
    const referral: PanelIndicator = {
      code: "referral-source-share",
      unit: "percent",
      decimals: 2,
      series: sources.map((name, i) => ({
        breakdown: { item: name.toLowerCase(), itemName: name },
        points: [point("FY2020-21", shares[i] ?? 0, name)],
      })),
    };
    const drawn = drawnSeries(referralSourcesPanel, [referral], false);
    expect(drawn.table.map((s) => s.label)).toEqual(sources);
    expect(drawn.chart.map((s) => s.label)).toEqual([...sources.slice(0, 5), "All other sources (2)"]);
    const rest = drawn.chart.at(-1)?.points[0];
    expect(rest?.formatted).toBe("7.00%");
    expect(rest?.citations.map((c) => c.title)).toEqual(["Anonymous", "Other"]);
    expect(new Set(drawn.chart.map((s) => s.stack))).toEqual(new Set(["referral-source-share"]));
  });

  it("draws counts on a day for 31 March only where the panel counts as the DfE does", () => {
    const day = (end: string, value: number): ChartPointFieldsFragment => ({
      ...point("FY2020-21", value),
      period: { key: end, kind: "SNAPSHOT", label: `at ${end}`, start: end, end },
    });
    const count = indicator("cla-count", [day("2021-02-28", 5), day("2021-03-31", 4)]);
    const drawn = drawnSeries(claCountPanel, [count], false);
    expect(drawn.chart[0]?.points.map((p) => p.periodKey)).toEqual(["2021-03-31"]);
  });

  it("draws nothing for a council with no figures, so the panel can say so", () => {
    const definition: PanelDefinition = { ...claEntriesExitsPanel };
    expect(drawnSeries(definition, [indicator("cla-starts", [])], false).chart).toEqual([]);
  });
});

describe("comparison lines", () => {
  const rows = [
    {
      period: { key: "2020-Q2", kind: "QUARTER", label: "Apr–Jun 2020", start: "2020-04-01" },
      value: 4.1,
      england: null,
      region: null,
      neighbourMean: null,
      sources: [],
    },
    {
      period: { key: "FY2020-21", kind: "FINANCIAL_YEAR", label: "2020-21", start: "2020-04-01" },
      value: 26.04,
      england: 28,
      region: 31,
      regionArea: { name: "South East" },
      neighbourMean: 19.66,
      sources: [{ title: "Children looked after in England" }],
    },
  ];

  it("draws England, the region by name and the neighbours' average for the kinds of period shown", () => {
    const yearly = comparisonLines(
      rows,
      new Set(["FINANCIAL_YEAR"]),
      { unit: "rate-per-10000", decimals: 1 },
      {
        key: "rate",
        label: "Children entering care per 10,000 children",
      },
    );
    expect(yearly.comparators.map((s) => s.label)).toEqual([
      "England",
      "South East",
      "Statistical neighbours' average",
    ]);
    expect(yearly.comparators[2]?.points[0]?.value).toBe(19.7);
    expect(yearly.council?.points.map((p) => p.value)).toEqual([26]);
  });

  it("draws no annual comparison among quarters", () => {
    const quarterly = comparisonLines(rows, new Set(["QUARTER"]), { unit: "count", decimals: 0 }, null);
    expect(quarterly.comparators).toEqual([]);
    expect(quarterly.council).toBeNull();
  });
});

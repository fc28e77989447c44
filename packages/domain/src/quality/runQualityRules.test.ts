import { describe, expect, it } from "vitest";
import type { Figure } from "../figures/figure.ts";
import { requireIndicator } from "../indicators/catalogue.ts";
import { parsePeriod } from "../periods/parsePeriod.ts";
import type { QualityFigure } from "./qualityIssue.ts";
import { runQualityRules } from "./runQualityRules.ts";

const HAMPSHIRE = { code: "E10000014", name: "Hampshire" };
const CABINET = { key: "cabinet", title: "Cabinet report" };
const DFE = { key: "dfe", title: "DfE" };
let nextId = 1;

function figure(
  indicator: string,
  period: string,
  value: number | Figure,
  options: Partial<
    Pick<QualityFigure, "source" | "citation" | "breakdown" | "numerator" | "denominator" | "area">
  > = {},
): QualityFigure {
  return {
    id: nextId++,
    indicator: requireIndicator(indicator),
    area: HAMPSHIRE,
    period: parsePeriod(period).period,
    breakdown: null,
    figure: typeof value === "number" ? { value } : value,
    numerator: null,
    denominator: null,
    source: CABINET,
    citation: "Table 1",
    ...options,
  };
}

describe("data-quality rules", () => {
  it("finds one figure published with different values, including by indicators that count the same thing", () => {
    const issues = runQualityRules(
      [
        figure("cla-count", "at 31 March 2021", 1656),
        figure("cla-count", "at 31 March 2021", 1661, { source: DFE, citation: "cla table" }),
        figure("cla-count", "at 31 March 2020", 1602),
        figure("cla-count", "at 31 March 2020", 1602, { source: DFE }),
        figure("uasc-arrivals", "Oct-Dec 2018", 17, { citation: "Arrivals table" }),
        figure("cla-starts-uasc", "Oct-Dec 2018", 19, { citation: "CLA table" }),
        figure("cla-count", "at 31 March 2019", { symbol: "c" }, { source: DFE }),
        figure("cla-count", "at 31 March 2019", 1664),
      ],
      [],
    );
    expect(
      issues.map((issue) => [
        issue.rule,
        issue.severity,
        issue.indicator.code,
        issue.period.key,
        issue.difference,
      ]),
    ).toEqual([
      ["source-disagreement", "warning", "cla-count", "2021-03-31", 5],
      ["source-disagreement", "warning", "uasc-arrivals", "2018-Q4", 2],
    ]);
    expect(issues[0]?.message).toBe(
      "Sources disagree by +5: 1,656 (Cabinet report: Table 1); 1,661 (DfE: cla table)",
    );
    expect(issues[1]?.message).toMatch(
      /^Tables of the same publication disagree by \+2: 17 .*Arrivals table.*; 19 .*CLA table/,
    );
  });

  it("checks that net change is starts minus ceased, adding up quarters when only they are given", () => {
    const issues = runQualityRules(
      [
        figure("cla-net-change", "2020-21", 54),
        ...[
          ["Apr-Jun 2020", 150, 130],
          ["Jul-Sep 2020", 160, 140],
          ["Oct-Dec 2020", 170, 150],
          ["Jan-Mar 2021", 180, 173],
        ].flatMap(([quarter, starts, ceased]) => [
          figure("cla-starts", String(quarter), Number(starts)),
          figure("cla-ceased", String(quarter), Number(ceased)),
        ]),
        figure("cla-net-change", "2019-20", 10),
        figure("cla-starts", "2019-20", 600),
        figure("cla-ceased", "2019-20", 590),
      ],
      [],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "net-change-identity", severity: "error", difference: -13 });
    expect(issues[0]?.message).toBe(
      "The net change is given as +54, but children starting (660) minus children ceasing (593) is +67, adding up the quarters.",
    );
  });

  it("checks that a breakdown adds up to its total, allowing for counts rounded to the nearest 10", () => {
    const source = (item: string, value: number, area = HAMPSHIRE) =>
      figure("referrals-by-source", "2017-18", value, {
        breakdown: { dimension: "referral-source", item, name: item },
        citation: `Referral sources, row ${item}`,
        area,
      });
    const england = { code: "E92000001", name: "England" };
    const issues = runQualityRules(
      [
        source("police", 10000),
        source("education", 6596),
        figure("cin-referrals", "2017-18", 16115, { source: DFE }),
        source("police", 300000, england),
        source("education", 350000, england),
        figure("cin-referrals", "2017-18", 650010, { source: DFE, area: england }),
      ],
      [],
    );
    expect(issues.map((issue) => [issue.rule, issue.area.name, issue.difference])).toEqual([
      ["breakdown-sum", "Hampshire", 481],
    ]);
    expect(issues[0]?.message).toMatch(
      /add up to 16,596, but the total is 16,115 \(DfE: Table 1\): \+481\.$/,
    );
  });

  it("checks that a rate is its count over its base, within the published rounding", () => {
    const issues = runQualityRules(
      [
        figure("cla-rate-per-10000", "at 31 March 2022", 70, { numerator: 82170, denominator: 11774610 }),
        figure("cin-rereferral-rate", "2023-24", 22.4, { numerator: 139080, denominator: 621880 }),
        figure("cin-rereferral-rate", "2022-23", 25.4, { numerator: 139080, denominator: 621880 }),
      ],
      [],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      "25.4% (Cabinet report: Table 1) should be 139,080 over 621,880, which is 22.36%.",
    );
  });

  it("lists figures revised between releases with the size of the change, not a restated base", () => {
    const before = figure("cla-count", "at 31 March 2023", 1853, { source: DFE });
    const after = figure("cla-count", "at 31 March 2023", 1858, { source: DFE });
    const rate = figure("cla-rate-per-10000", "at 31 March 2023", 60, { denominator: 1 });
    const restated = figure("cla-rate-per-10000", "at 31 March 2023", 60, { denominator: 2 });
    const release = { dataset: "dfe-cla-numbers-and-rates", version: 3 };
    const issues = runQualityRules(
      [],
      [
        { before, after, release },
        { before: rate, after: restated, release },
      ],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: "revision", severity: "info", difference: 5 });
    expect(issues[0]?.message).toBe(
      "Revised from 1,853 to 1,858 (+5) by dfe-cla-numbers-and-rates release 3 (DfE: Table 1).",
    );
  });
});

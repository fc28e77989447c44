import { describe, expect, it } from "vitest";
import { readPaperClaims } from "./readPaperClaims.ts";

const PARA_28 =
  "28. The total number of contacts as at 31 March 2021 (126,153) is 7.6% higher than the total received at 31 March 2019 (117,188), which was 11% higher than the previous year (77,934). The 2020-21 is a 62% increase on the 2015-16 number. For 2020-21, education 19.43% have been overtaken as the highest referrer with police increasing to highest referrer (26.66%) which is to be expected in a period which saw school closures due to lockdowns.";

const summary = (text: string) =>
  readPaperClaims(text).map((c) => ({
    quote: c.quote,
    kind: c.kind,
    about: c.subject
      ? `${c.subject.indicator}${c.subject.breakdown ? `/${c.subject.breakdown}` : ""} ${c.subject.period?.key ?? "?"}`
      : null,
  }));

describe("reading the figures a paper states", () => {
  it("places each figure of the Cabinet report's para 28 by the words and dates around it", () => {
    expect(summary(PARA_28)).toEqual([
      { quote: "126,153", kind: "figure", about: "contacts FY2020-21" },
      { quote: "7.6%", kind: "comparison", about: "contacts FY2020-21" },
      { quote: "117,188", kind: "figure", about: "contacts FY2018-19" },
      { quote: "11%", kind: "comparison", about: "contacts FY2018-19" },
      { quote: "77,934", kind: "figure", about: "contacts FY2017-18" },
      { quote: "62%", kind: "comparison", about: "contacts FY2020-21" },
      { quote: "19.43%", kind: "figure", about: "referral-source-share/education FY2020-21" },
      { quote: "26.66%", kind: "figure", about: "referral-source-share/police FY2020-21" },
    ]);
  });

  it("reads what a comparison compares: stated figures where given, named periods where not", () => {
    const claims = readPaperClaims(PARA_28);
    expect(claims[1]?.compares).toEqual({ later: { claim: 0 }, earlier: { claim: 2 } });
    expect(claims[3]?.compares).toEqual({ later: { claim: 2 }, earlier: { claim: 4 } });
    expect(claims[5]?.compares?.later).toEqual({
      subject: expect.objectContaining({ period: expect.objectContaining({ key: "FY2020-21" }) }),
    });
    expect(claims[5]?.compares?.earlier).toEqual({
      subject: expect.objectContaining({ period: expect.objectContaining({ key: "FY2015-16" }) }),
    });
  });

  it("reads a change over the paper's year, and leaves out paragraph numbers, dates, ages and case numbers", () => {
    const text = [
      "1. The purpose of this report is to provide an annual update on activity during 2020/21.",
      "34. With regards to children in care, the number has increased by 54 (3%) over the last 12 months.",
      "22. This is to be expected given the average age of UASC arrivals is 17.",
      "14. For example, in one case (8662) parents alleged that the school was not following the plan.",
      "9. An initial trawl of the records identified 134 allegations and 307 advice and concern cases.",
    ].join("\n");
    expect(summary(text)).toEqual([
      { quote: "54", kind: "change", about: "cla-count 2021-03-31" },
      { quote: "3%", kind: "change", about: "cla-count 2021-03-31" },
      { quote: "134", kind: "figure", about: "lado-cases-reviewed/allegation ?" },
      { quote: "307", kind: "figure", about: "lado-cases-reviewed/advice-and-concern ?" },
    ]);
    expect(readPaperClaims(text).map((c) => c.paragraph)).toEqual(["para 34", "para 34", "para 9", "para 9"]);
  });

  it("says what it cannot place rather than guess, and skips tables", () => {
    const claims = readPaperClaims(
      "53. Demand is over 20% above pre-pandemic levels.\nContacts\t87235\t106010",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.unread).toMatch(/not a measure the platform holds/);
  });
});

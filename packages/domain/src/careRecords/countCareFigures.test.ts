import { describe, expect, it } from "vitest";
import type { CareEpisode, CareExtract } from "./careEpisode.ts";
import { countCareFigures } from "./countCareFigures.ts";

const episode = (
  child: string,
  start: string,
  reasonNew: string,
  legalStatus: string,
  placement: string,
  end: string | null = null,
  reasonCeased: string | null = null,
): CareEpisode => ({ child, start, reasonNew, legalStatus, placement, end, reasonCeased });

/**
 * A year worked out by hand (financial year 2020-21):
 * - A starts twice in Apr–Jun (placed with parents the first time), leaving care in between;
 * - B has a short break (V3) in April and only later comes into care, leaving on 31 March, the last
 *   day of a quarter;
 * - C has been in care since 2019, moves placement in July (X1, then P) and changes legal status
 *   in September (X1, then L); C was UASC until 31 December 2020;
 * - D starts in October, after its UASC status ceased; E starts in November as UASC and moves twice;
 * - F starts in August, leaves in September and comes back in November.
 */
const year: CareExtract = {
  episodes: [
    episode("A", "2020-04-10", "S", "C2", "P1", "2020-05-01", "E11"),
    episode("A", "2020-06-01", "S", "C2", "U1"),
    episode("B", "2020-04-05", "S", "V3", "H5", "2020-04-07", "E13"),
    episode("B", "2020-08-01", "S", "C2", "U3", "2021-03-31", "E11"),
    episode("C", "2019-01-01", "S", "C2", "U1", "2020-07-15", "X1"),
    episode("C", "2020-07-15", "P", "C2", "U2", "2020-09-01", "X1"),
    episode("C", "2020-09-01", "L", "E1", "U2"),
    episode("D", "2020-10-05", "S", "C2", "R1"),
    episode("E", "2020-11-01", "S", "V2", "U1", "2020-12-01", "X1"),
    episode("E", "2020-12-01", "P", "V2", "U4", "2021-01-10", "X1"),
    episode("E", "2021-01-10", "T", "C2", "U5"),
    episode("F", "2020-08-10", "S", "C2", "U1", "2020-09-01", "E11"),
    episode("F", "2020-11-15", "S", "C2", "U1"),
  ],
  uasc: [
    { child: "C", ceased: "2020-12-31" },
    { child: "D", ceased: "2020-10-01" },
    { child: "E", ceased: null },
  ],
};

function figuresOf(extract: CareExtract) {
  const { figures, periods } = countCareFigures(extract);
  const value = (indicator: string, period: string) =>
    figures.find((f) => f.indicator === indicator && f.period.key === period)?.value;
  return { figures, periods, value };
}

describe("counting children looked after from an SSDA903 extract", () => {
  const { value, periods, figures } = figuresOf(year);

  it("counts from the start of the year in which an episode first ends, to the extract's latest date", () => {
    expect(periods?.from).toBe("2020-04-01");
    expect(periods?.to).toBe("2021-03-31");
    expect(periods?.flows.filter((p) => p.kind !== "month").map((p) => p.key)).toEqual([
      "2020-Q2",
      "2020-Q3",
      "2020-Q4",
      "2021-Q1",
      "FY2020-21",
    ]);
  });

  it("counts a child who starts twice in a quarter once, at the first start, and a year from the episodes", () => {
    expect(value("cla-starts", "2020-Q2")).toBe(1);
    expect(value("cla-starts-placed-with-parents", "2020-Q2")).toBe(1);
    expect(value("cla-starts", "2020-Q3")).toBe(2);
    expect(value("cla-starts", "2020-Q4")).toBe(3);
    // A, B, D, E and F: the quarters add up to 6, but F counts once in the year.
    expect(value("cla-starts", "FY2020-21")).toBe(5);
    expect(value("cla-starts", "2020-04")).toBe(1);
  });

  it("ignores short breaks, so a short-break child who later comes into care starts then", () => {
    expect(value("cla-starts", "2020-08")).toBe(2);
    expect(value("cla-ceased", "2020-04")).toBe(0);
  });

  it("counts a child as ceasing only when care ends (not X1), in the quarter of a DEC on its last day", () => {
    expect(value("cla-ceased", "2020-Q2")).toBe(1);
    expect(value("cla-ceased", "2020-Q3")).toBe(1);
    expect(value("cla-ceased", "2021-Q1")).toBe(1);
    expect(value("cla-ceased", "FY2020-21")).toBe(3);
    expect(value("cla-net-change", "2021-Q1")).toBe(-1);
    expect(value("cla-net-change", "FY2020-21")).toBe(2);
  });

  it("counts those looked after at the end of each month: an episode ending that day does not count", () => {
    expect(value("cla-count", "2021-03-31")).toBe(5);
    expect(value("cla-count", "2020-06-30")).toBe(2);
    expect(value("cla-count", "2020-12-31")).toBe(6);
  });

  it("counts UASC while their status lasts: a start after DUC is not a UASC start", () => {
    expect(value("cla-starts-uasc", "2020-Q4")).toBe(1);
    expect(value("uasc-looked-after", "2020-06-30")).toBe(1);
    expect(value("uasc-looked-after", "2020-12-31")).toBe(1);
    expect(value("uasc-looked-after", "2021-03-31")).toBe(1);
  });

  it("works out placement stability at 31 March: one child of five had three placements", () => {
    const stability = figures.find((f) => f.indicator === "cla-placements-3-or-more");
    expect(stability).toMatchObject({ value: 20, numerator: 1, denominator: 5 });
    expect(stability?.period.key).toBe("FY2020-21");
  });

  it("leaves out a quarter still under way", () => {
    const partial = figuresOf({
      ...year,
      episodes: year.episodes.map((e) => (e.end === "2021-03-31" ? { ...e, end: "2021-02-15" } : e)),
    });
    expect(partial.periods?.to).toBe("2021-02-15");
    expect(partial.value("cla-starts", "2021-01")).toBe(0);
    expect(partial.value("cla-starts", "2021-02")).toBeUndefined();
    expect(partial.value("cla-starts", "2021-Q1")).toBeUndefined();
    expect(partial.value("cla-starts", "FY2020-21")).toBeUndefined();
  });

  it("counts children missing from care once in a period, and only when the tables hold missing spells", () => {
    expect(value("cla-missing-children", "2020-Q2")).toBeUndefined();
    const withMissing = figuresOf({
      ...year,
      missing: [
        { child: "A", kind: "M", start: "2020-06-10" },
        { child: "A", kind: "M", start: "2020-06-20" },
        { child: "C", kind: "A", start: "2020-06-11" },
      ],
    });
    expect(withMissing.value("cla-missing-children", "2020-Q2")).toBe(1);
  });
});

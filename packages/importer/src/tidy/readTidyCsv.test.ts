import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/readCsv.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import { publicStatisticsDirectory } from "../demo/loadPublicStatistics.ts";
import { detectTidyPublication } from "./detectTidyPublication.ts";
import { findTidyPublication } from "./publications/index.ts";
import { readTidyCsv } from "./readTidyCsv.ts";

const shipped = (folder: string, name: string) =>
  readCsv(name, readFileSync(path.join(publicStatisticsDirectory, folder, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const HAMPSHIRE = "E10000014";

function read(folder: string, name: string) {
  const table = shipped(folder, name);
  const detection = detectTidyPublication(table);
  if ("reason" in detection) throw new Error(detection.reason);
  return { dataset: detection.publication.dataset, ...readTidyCsv(table, detection.publication) };
}

function figureOf(result: ReturnType<typeof read>, indicator: string, area: string, period: string) {
  const record = result.records.find(
    (r) => r.indicator.code === indicator && r.areaCode === area && r.period.key === period && !r.breakdown,
  );
  return record?.figure;
}

function problemsOf(run: () => unknown): readonly ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("reading EES tidy data files", () => {
  it("reads the same referrals from the 2024 and 2025 releases despite their renamed columns", () => {
    const old = read("dfe-cin-referrals", "c1_children_in_need_referrals_and_rereferrals_2013_to_2024.csv");
    const renamed = read(
      "dfe-cin-referrals",
      "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
    );
    expect(old.dataset).toBe("dfe-cin-referrals");
    expect(renamed.dataset).toBe("dfe-cin-referrals");
    // Hampshire's census referrals in 2016-17 (the Cabinet report's source table adds up to this).
    expect(figureOf(old, "cin-referrals", HAMPSHIRE, "FY2016-17")).toEqual({ value: 19435 });
    expect(figureOf(renamed, "cin-referrals", HAMPSHIRE, "FY2016-17")).toEqual({ value: 19435 });
    expect(figureOf(renamed, "cin-rereferral-rate", "E92000001", "FY2024-25")).toEqual({ value: 22.6 });
    // Hampshire's 2024 figures were published as low reliability, and stay a symbol.
    expect(figureOf(renamed, "cin-referrals", HAMPSHIRE, "FY2023-24")).toEqual({ symbol: "u" });
    expect(renamed.notes.join(" ")).toMatch(/no Referrals_rate column/);
  });

  it("reads stocks at 31 March, flows over the year ending then, and rates with their basis", () => {
    const numbers = read("dfe-cla-numbers", "cla_number_and_rate_per_10k_children_2021_2025.csv");
    expect(figureOf(numbers, "cla-count", HAMPSHIRE, "2021-03-31")).toEqual({ value: 1661 });
    expect(figureOf(numbers, "cla-count", "E92000001", "2025-03-31")).toEqual({ value: 81770 });
    const rate = numbers.records.find(
      (r) =>
        r.indicator.code === "cla-rate-per-10000" &&
        r.areaCode === "E92000001" &&
        r.period.key === "2025-03-31",
    );
    expect(rate).toMatchObject({ figure: { value: 67 }, numerator: 81770, denominator: 12183016 });
    expect(
      numbers.records.some((r) => r.indicator.code === "cla-starts" && r.period.key === "FY2024-25"),
    ).toBe(true);
  });

  it("tells the started and ceased tables apart by their rows, and maps categories of need", () => {
    const started = read("dfe-cla-started", "la_cla_who_started_to_be_looked_after_2018_2022.csv");
    const ceased = read("dfe-cla-ceased", "la_children_who_ceased_during_the_year_2020_2024.csv");
    expect([started.dataset, ceased.dataset]).toEqual(["dfe-cla-started", "dfe-cla-ceased"]);
    expect(figureOf(started, "cla-starts", HAMPSHIRE, "FY2021-22")).toEqual({ value: 609 });
    const absent = started.records.find(
      (r) =>
        r.areaCode === HAMPSHIRE &&
        r.period.key === "FY2021-22" &&
        r.breakdown?.item === "n8-absent-parenting",
    );
    expect(absent?.figure).toEqual({ value: 79 });
  });

  it("dates the workforce census at 30 September and turnover over the year to then", () => {
    const csww = read("dfe-csww", "csww_indicators_2017_to_2025.csv");
    expect(figureOf(csww, "sw-fte", HAMPSHIRE, "2025-09-30")).toEqual({ value: 648.4 });
    expect(figureOf(csww, "sw-turnover-rate", HAMPSHIRE, "2024-10-01/2025-09-30")).toEqual({ value: 7.6 });
  });

  it("reads any council in the register by its code, and skips levels it does not hold", () => {
    const publication = findTidyPublication("dfe-cin-protection-plans");
    if (!publication) throw new Error("missing publication");
    const result = readTidyCsv(
      readCsv(
        "d5.csv",
        utf8(
          [
            "time_period,time_identifier,geographic_level,country_code,region_code,region_name,old_la_code,new_la_code,la_name,CPP_At31",
            "2025,Reporting year,Local authority,E92000001,E12000001,North East,841,E06000005,Darlington,150",
            "2025,Reporting year,Ward,E92000001,,,,,,3",
          ].join("\n"),
        ),
      ),
      publication,
    );
    expect(result.records.map((record) => record.areaCode)).toEqual(["E06000005"]);
    expect(result.notes.join(" ")).toMatch(/Skipped 1 row\(s\): Ward rows/);
  });

  it("reports every bad cell with its line, column and value, and what was expected", () => {
    const publication = findTidyPublication("dfe-cin-section-47-and-icpcs");
    if (!publication) throw new Error("missing publication");
    const header =
      "time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,new_la_code,la_name,Section47,ICPC";
    const problems = problemsOf(() =>
      readTidyCsv(
        readCsv(
          "c4.csv",
          utf8(
            [
              header,
              "2025,Reporting year,Local authority,E92000001,E12000008,850,E10000014,Hampshire,lots,1685",
              "2025,Reporting year,Local authority,E92000001,E12000008,850,E10000014,Hampshire,10535,1685",
              "2025,Reporting year,Local authority,E92000001,E12000008,850,E10000014,Hampshire,10535,1685",
              "25,Reporting year,Local authority,E92000001,E12000008,850,E10000014,Hampshire,1,1",
              "2025,Reporting year,Local authority,E92000001,E12000008,999,,Nowhere,1,1",
              "1850,Reporting year,Local authority,E92000001,E12000008,850,E10000014,Hampshire,1,1",
            ].join("\n"),
          ),
        ),
        publication,
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: "Section47",
        value: "lots",
        message: expect.stringMatching(/expected a number/),
      }),
      expect.objectContaining({
        line: 3,
        message: "duplicate row: line 2 already gives icpcs for Hampshire, 2024-25",
      }),
      expect.objectContaining({
        line: 4,
        message: expect.stringMatching(/duplicate row: line 3 already gives s47-enquiries for Hampshire/),
      }),
      expect.objectContaining({
        line: 4,
        message: expect.stringMatching(/duplicate row: line 2 already gives icpcs/),
      }),
      expect.objectContaining({ line: 5, column: "time_period", value: "25" }),
      expect.objectContaining({
        line: 6,
        column: "old_la_code",
        value: "999",
        message: expect.stringMatching(/is not a council in the platform's register/),
        check: "geog_level_completed",
      }),
      expect.objectContaining({ line: 7, column: "time_period", value: "1850", check: "time_period" }),
    ]);
  });

  it("refuses a row whose two columns give the same figure under one mapping", () => {
    const publication = {
      dataset: "test",
      title: "Test",
      source: "dfe-children-looked-after",
      table: "test_table",
      required: [["number"]],
      measures: [
        { indicator: "cla-count", label: "At 31 March", column: ["number"], time: "at-31-march" },
        { indicator: "cla-count", label: "At 31 March", column: ["number_again"], time: "at-31-march" },
        { indicator: "cla-count", label: "Another table", column: ["number_again"], time: "at-31-march" },
      ],
    } as const;
    const table = readCsv(
      "t.csv",
      utf8(
        "time_period,time_identifier,geographic_level,country_code,country_name,number,number_again\n" +
          "2024,Reporting year,National,E92000001,England,83630,83630\n",
      ),
    );
    expect(problemsOf(() => readTidyCsv(table, publication))).toEqual([
      expect.objectContaining({
        line: 2,
        column: "number_again",
        message: "duplicate row: line 2 already gives cla-count for England, at 31 March 2024",
      }),
    ]);
  });

  it("refuses a table it does not know, or one it cannot tell from another", () => {
    const unknown = readCsv(
      "x.csv",
      utf8("time_period,time_identifier,geographic_level,widgets\n2025,Reporting year,National,3\n"),
    );
    expect(detectTidyPublication(unknown)).toEqual({
      reason: expect.stringMatching(/match none of the official-statistics tables/),
    });
    // DfE's UASC care leavers table shares its columns with the UASC-at-31-March table.
    const careLeavers = readCsv(
      "national_care_leavers_who_were_uasc.csv",
      utf8(
        "time_period,time_identifier,geographic_level,country_code,country_name,care_leaver_age,cla_group,characteristic,measure,number,percentage\n" +
          "2024,Reporting year,National,E92000001,England,17 years,Care leavers group,Male,Unaccompanied asylum-seeking children,40,8\n",
      ),
    );
    expect(detectTidyPublication(careLeavers)).toEqual({
      reason: expect.stringMatching(/none of its rows hold a measure/),
    });
  });
});

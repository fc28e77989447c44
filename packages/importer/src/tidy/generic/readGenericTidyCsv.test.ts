import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectPaths } from "@csc/db";
import { readCsv } from "../../csv/readCsv.ts";
import { ImportValidationError, type ImportProblem } from "../../importProblem.ts";
import { genericPeriod } from "./genericPeriod.ts";
import { readGenericTidyCsv } from "./readGenericTidyCsv.ts";
import { tableNameOf } from "./tableName.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (name: string, lines: readonly string[]) => readCsv(name, utf8(lines.join("\n")));

function problemsOf(run: () => unknown): readonly ImportProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("reading a tidy file no mapping describes", () => {
  it("reads DfE's placement stability table as it describes itself, filters as a breakdown", () => {
    const name = "la_cla_placement_stability.csv";
    const table = readCsv(name, readFileSync(path.join(projectPaths.seedData, "national", name)));
    const result = readGenericTidyCsv(table, undefined, tableNameOf(name));
    expect(result.catalogue?.indicators.map((i) => [i.code, i.unit, i.topic, i.polarity])).toEqual([
      ["la_cla_placement_stability.children_count", "count", "children-looked-after", "neutral"],
      ["la_cla_placement_stability.children_percent", "percent", "children-looked-after", "neutral"],
    ]);
    const dimension = result.catalogue?.dimensions[0];
    expect(dimension?.code).toBe("la_cla_placement_stability:cla_group+placement_stability");
    const threePlus = dimension?.items.find((item) =>
      item.name.endsWith("/ With 3 or more placements during the year"),
    );
    expect(threePlus).toBeDefined();
    const hampshire2025 = result.records.find(
      (r) =>
        r.indicator.code === "la_cla_placement_stability.children_percent" &&
        r.areaCode === "E10000014" &&
        r.period.key === "FY2024-25" &&
        r.breakdown?.item === threePlus?.code,
    );
    expect(hampshire2025?.figure.value).toBeGreaterThan(0);
    // North Yorkshire's rows are one council's, whichever code the file uses.
    expect(result.records.some((r) => r.areaCode === "E06000065")).toBe(true);
    expect(result.records.some((r) => r.areaCode === "E10000023")).toBe(false);
  });

  it("takes units, labels and decimal places from a .meta.csv", () => {
    const data = csv("widgets.csv", [
      "time_period,time_identifier,geographic_level,country_code,country_name,colour,share,spend",
      "202425,Financial year Q1,National,E92000001,England,Total,12.5,1000",
      "202425,Financial year Q1,National,E92000001,England,Blue,x,400",
    ]);
    const meta = csv("widgets.meta.csv", [
      "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column",
      "colour,Filter,Colour,,,,,",
      "share,Indicator,Share of widgets,,%,1,,",
      "spend,Indicator,Spend on widgets,,£,0,,",
    ]);
    const result = readGenericTidyCsv(data, meta, "widgets");
    expect(result.catalogue?.indicators.map((i) => [i.name, i.unit, i.decimals])).toEqual([
      ["Share of widgets (widgets)", "percent", 1],
      ["Spend on widgets (widgets)", "money", 0],
    ]);
    expect(result.records.map((r) => [r.period.label, r.breakdown?.item ?? "total", r.figure])).toEqual([
      ["Apr–Jun 2024", "total", { value: 12.5 }],
      ["Apr–Jun 2024", "total", { value: 1000 }],
      ["Apr–Jun 2024", "blue", { symbol: "x" }],
      ["Apr–Jun 2024", "blue", { value: 400 }],
    ]);
  });

  it("reports every problem with its line, column and the screener's name for the check", () => {
    const data = csv("widgets_2025.csv", [
      "time_period,time_identifier,geographic_level,country_code,country_name,region_code,old_la_code,new_la_code,colour,count",
      "2025,Reporting year,National,E92000001,England,,,,Total,10",
      "2025,Reporting year,National,E92000001,England,,,,Total,11",
      "2025,Reporting year,National,E92000001,England,,,,,12",
      "2025,Reporting year,National,E92000001,England,,,,Blue,lots",
      "2025,Fortnight,National,E92000001,England,,,,Blue,1",
      "202426,Financial year,National,E92000001,England,,,,Blue,1",
      "2025,Reporting year,Local authority,E92000001,England,E12000008,,E06000999,Blue,1",
      "2025,Reporting year,Regional,E92000001,England,E12000099,,,Blue,1",
    ]);
    expect(problemsOf(() => readGenericTidyCsv(data, undefined, "widgets"))).toEqual([
      expect.objectContaining({ line: 3, check: "general_dupes" }),
      expect.objectContaining({ line: 4, column: "colour", check: "filter_blanks" }),
      expect.objectContaining({ line: 5, column: "count", value: "lots", check: "ind_invalid_entry" }),
      expect.objectContaining({
        line: 6,
        column: "time_identifier",
        value: "Fortnight",
        check: "time_id_valid",
      }),
      expect.objectContaining({ line: 7, column: "time_period", value: "202426", check: "time_period_six" }),
      expect.objectContaining({
        line: 8,
        column: "new_la_code",
        value: "E06000999",
        check: "geog_la_combos",
      }),
      expect.objectContaining({
        line: 9,
        column: "region_code",
        value: "E12000099",
        check: "geog_region_combos",
      }),
    ]);
  });
});

describe("the period of a row in a table without a mapping", () => {
  it("reads each time identifier EES uses for children's statistics", () => {
    const key = (identifier: string, timePeriod: string) => {
      const result = genericPeriod(identifier, timePeriod);
      return "period" in result ? result.period.label : result.check;
    };
    expect(key("Reporting year", "2025")).toBe("2024-25");
    expect(key("Financial year", "202425")).toBe("2024-25");
    expect(key("Financial year Q4", "202425")).toBe("Jan–Mar 2025");
    expect(key("Calendar year", "2024")).toBe("2024");
    expect(key("Academic year", "202425")).toBe("1 Sep 2024 – 31 Aug 2025");
    expect(key("March", "2025")).toBe("March 2025");
    expect(key("Financial year", "2025")).toBe("time_period");
  });

  it("names a table by its file without the years of the edition", () => {
    expect(tableNameOf("b1_children_in_need_2013_to_2025.csv")).toBe("b1_children_in_need");
    expect(tableNameOf("cla_number_and_rate_per_10k_children_2021_2025.csv")).toBe(
      "cla_number_and_rate_per_10k_children",
    );
    expect(tableNameOf("downloads/ons_mid-year_population_estimates_2012_to_2024.csv")).toBe(
      "ons_mid_year_population_estimates",
    );
  });
});

import { describe, expect, it } from "vitest";
import { areaRegister } from "@csc/domain";
import { tidyArea } from "./tidyArea.ts";

const row = (cells: Record<string, string>) => tidyArea(cells, areaRegister);
const la = (old_la_code: string, new_la_code: string, region_code = "") =>
  row({ geographic_level: "Local authority", old_la_code, new_la_code, region_code });
const codeOf = (result: ReturnType<typeof row>) => ("area" in result ? result.area.code : result);

describe("the area a tidy row is about", () => {
  it("finds a council under its former code as the same council (North Yorkshire, Somerset, Buckinghamshire)", () => {
    expect(codeOf(la("815", "E10000023"))).toBe("E06000065");
    expect(codeOf(la("815", "E06000065"))).toBe("E06000065");
    expect(codeOf(la("933", "E10000027"))).toBe("E06000066");
    expect(codeOf(la("825", "E10000002"))).toBe("E06000060");
    expect(codeOf(la("370", "E08000016"))).toBe("E08000038");
    expect(codeOf(la("390", "E08000020"))).toBe("E08000037");
  });

  it("keeps councils that were split or merged, and their successors, apart", () => {
    expect(codeOf(la("928", "E10000021"))).toBe("E10000021");
    expect(codeOf(la("940", "E06000061"))).toBe("E06000061");
    expect(codeOf(la("909", ""))).toBe("E10000006");
  });

  it("reads a joint return by its codes or its numbers, in any order", () => {
    expect(codeOf(la("940 / 941", "E06000061 / E06000062"))).toBe("E06000061 / E06000062");
    expect(codeOf(la("941/940", ""))).toBe("E06000061 / E06000062");
    expect(codeOf(la("314 / 318", "E09000027 / E09000021", "E13000002"))).toBe("E09000021 / E09000027");
  });

  it("reads Inner and Outer London as regions within London", () => {
    const inner = row({
      geographic_level: "Regional",
      region_code: "E13000001",
      region_name: "Inner London",
    });
    expect(inner).toEqual({ area: expect.objectContaining({ level: "region", parentCode: "E12000007" }) });
    // A borough's row may give Inner London as its region; its region is still London.
    expect(la("204", "E09000012", "E13000001")).toEqual({
      area: expect.objectContaining({ name: "Hackney", parentCode: "E12000007" }),
    });
  });

  it("refuses codes it does not know rather than creating an area", () => {
    expect(la("", "E06000099")).toEqual({
      problem: expect.objectContaining({
        column: "new_la_code",
        value: "E06000099",
        check: "geog_la_combos",
        message: expect.stringMatching(/not a council in the platform's register/),
      }),
    });
    expect(la("940 / 942", "")).toEqual({
      problem: expect.objectContaining({ column: "old_la_code", value: "940 / 942" }),
    });
    expect(row({ geographic_level: "Regional", region_code: "E12000010" })).toEqual({
      problem: expect.objectContaining({ column: "region_code", check: "geog_region_combos" }),
    });
  });

  it("refuses a row whose code and DfE number are two different councils", () => {
    expect(la("851", "E10000014")).toEqual({
      problem: expect.objectContaining({
        column: "old_la_code",
        message: "new_la_code E10000014 is Hampshire, which has DfE number 850",
      }),
    });
  });
});

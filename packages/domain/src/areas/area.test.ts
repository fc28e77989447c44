import { describe, expect, it } from "vitest";
import { areaLevelOfCode } from "./area.ts";
import { councilSuccessions } from "./councilSuccessions.ts";
import { englishCouncils } from "./englishCouncils.ts";
import { HAMPSHIRE, referenceAreas } from "./referenceAreas.ts";

describe("areas", () => {
  it("knows Hampshire by its GSS code and DfE number", () => {
    expect(referenceAreas.find((area) => area.code === HAMPSHIRE)).toMatchObject({
      name: "Hampshire",
      laNumber: 850,
      level: "local_authority",
      parentCode: "E12000008",
    });
  });

  it("tells the level from a GSS code, and rejects what is not one", () => {
    expect(areaLevelOfCode("E92000001")).toBe("country");
    expect(areaLevelOfCode("E12000008")).toBe("region");
    expect(areaLevelOfCode("E06000044")).toBe("local_authority");
    expect(areaLevelOfCode("E10000014")).toBe("local_authority");
    expect(areaLevelOfCode("850")).toBeNull();
    expect(areaLevelOfCode("W06000001")).toBeNull();
  });

  it("gives every reference area a level that matches its code and a known parent", () => {
    const codes = new Set(referenceAreas.map((area) => area.code));
    for (const area of referenceAreas) {
      for (const code of area.memberCodes ?? [area.code])
        expect(areaLevelOfCode(code), area.name).toBe(area.level);
      if (area.parentCode) expect(codes.has(area.parentCode), area.name).toBe(true);
    }
  });

  it("lists the 153 councils of today, and the 5 since merged or split, each number and code once", () => {
    const today = englishCouncils.filter((council) => !council.abolishedOn);
    expect(today).toHaveLength(153);
    expect(englishCouncils.length - today.length).toBe(5);
    const codes = englishCouncils.flatMap((council) => [council.code, ...(council.formerCodes ?? [])]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(englishCouncils.map((council) => council.laNumber)).size).toBe(englishCouncils.length);
  });

  it("says which councils replaced each one that ended, and when", () => {
    const byCode = new Map(englishCouncils.map((council) => [council.code, council]));
    for (const succession of councilSuccessions) {
      for (const code of succession.predecessors) expect(byCode.get(code)?.abolishedOn, code).toBeDefined();
      for (const code of succession.successors) expect(byCode.has(code), code).toBe(true);
    }
    for (const council of englishCouncils.filter((c) => c.abolishedOn))
      expect(
        councilSuccessions.some((s) => s.predecessors.includes(council.code)),
        council.name,
      ).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { areaLevelOfCode } from "./area.ts";
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
      expect(areaLevelOfCode(area.code), area.name).toBe(area.level);
      if (area.parentCode) expect(codes.has(area.parentCode), area.name).toBe(true);
    }
  });
});

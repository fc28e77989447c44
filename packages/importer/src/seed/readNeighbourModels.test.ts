import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nationalStatisticsDirectory } from "../demo/loadNationalStatistics.ts";
import { ImportValidationError } from "../importProblem.ts";
import { NEIGHBOUR_MODEL_FILES, readNeighbourModel, type NeighbourModel } from "./readNeighbourModels.ts";

const read = (model: NeighbourModel) => {
  const file = NEIGHBOUR_MODEL_FILES[model];
  return readNeighbourModel(model, file, readFileSync(path.join(nationalStatisticsDirectory, file)));
};

describe("DfE's statistical neighbour models", () => {
  it("gives every council of 2025 its ten neighbours in order, with their closeness", () => {
    const rows = read("SN_2025");
    expect(new Set(rows.map((row) => row.areaCode)).size).toBe(153);
    const hampshire = rows.filter((row) => row.areaCode === "E10000014");
    expect(hampshire.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(rows.map((row) => row.closeness))).toEqual(
      new Set(["Extremely close", "Very close", "Close", "Somewhat close", "Not close"]),
    );
  });

  it("reads the April 2021 model, with councils since merged or split", () => {
    const rows = read("SN_2021");
    expect(rows.some((row) => row.areaCode === "E10000021")).toBe(true); // Northamptonshire
    expect(rows.find((row) => row.areaCode === "E09000012" && row.position === 1)).toMatchObject({
      model: "SN_2021",
    });
  });

  it("refuses a number that is no council", () => {
    const bytes = new TextEncoder().encode(
      `old_la_code,la_name,${Array.from({ length: 10 }, (_, i) => `SN_${String(i + 1)},SN_${String(i + 1)}P`).join(",")}\n` +
        `850,Hampshire,${Array.from({ length: 10 }, () => "999,Close").join(",")}\n`,
    );
    expect(() => readNeighbourModel("SN_2025", "sn.csv", bytes)).toThrow(ImportValidationError);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { indicatorCatalogue, type Polarity } from "@csc/domain";
import { nationalStatisticsDirectory } from "../demo/loadNationalStatistics.ts";

/** LAIT's catalogue of measures: "High" where higher is better, "Low" where lower is, else neither. */
const dictionary = parse<Record<string, string>>(
  readFileSync(path.join(nationalStatisticsDirectory, "lait_data_dictionary.csv")),
  { columns: true, bom: true },
);
const LAIT_POLARITY: Readonly<Record<string, Polarity>> = { High: "up-is-good", Low: "down-is-good" };

describe("indicators that are LAIT measures", () => {
  const mapped = indicatorCatalogue.filter((indicator) => indicator.lait);

  it("name a measure LAIT's catalogue holds", () => {
    expect(mapped.length).toBeGreaterThanOrEqual(16);
    for (const indicator of mapped)
      expect(
        dictionary.some((row) => row.Measure === indicator.lait),
        `${indicator.code}: ${String(indicator.lait)}`,
      ).toBe(true);
  });

  it("take LAIT's polarity", () => {
    for (const indicator of mapped) {
      const row = dictionary.find((r) => r.Measure === indicator.lait);
      expect(indicator.polarity, indicator.code).toBe(LAIT_POLARITY[row?.Polarity ?? ""] ?? "neutral");
    }
  });
});

import { describe, expect, it } from "vitest";
import { snapshot, financialYear } from "../periods/period.ts";
import { perTenThousandChildren } from "./ratePerChildren.ts";

describe("rates per 10,000 children from counts", () => {
  it("divides by the latest mid-year population before the period ends", () => {
    const mid2023 = snapshot("2023-06-30");
    const mid2024 = snapshot("2024-06-30");
    const mid2025 = snapshot("2025-06-30");
    const populations = new Map([
      [mid2023.key, new Map([["A", { value: 100_000, symbol: null }]])],
      [mid2024.key, new Map([["A", { value: 200_000, symbol: null }]])],
      [mid2025.key, new Map([["A", { value: 400_000, symbol: null }]])],
    ]);
    const figures = new Map([
      ["A", { value: 500, symbol: null }],
      ["B", { value: 10, symbol: null }],
      ["C", { value: null, symbol: "c" }],
    ]);
    const rates = perTenThousandChildren(
      figures,
      populations,
      [mid2023, mid2024, mid2025],
      financialYear(2024),
    );
    expect(rates.get("A")).toEqual({ value: 25, symbol: null });
    expect(rates.get("B")).toEqual({ value: null, symbol: "x" });
    expect(rates.get("C")).toEqual({ value: null, symbol: "c" });
  });
});

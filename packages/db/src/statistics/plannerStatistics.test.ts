import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshPlannerStatistics } from "./plannerStatistics.ts";

describe("refreshing planner statistics after a load has committed", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("does not turn a committed load into a failed one when ANALYZE fails, and says so", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const lostConnection = { $executeRawUnsafe: () => Promise.reject(new Error("Connection terminated")) };
    await expect(refreshPlannerStatistics(lostConnection as never)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Connection terminated"));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("The figures were saved"));
  });
});

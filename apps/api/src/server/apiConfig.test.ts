import { describe, expect, it } from "vitest";
import { apiConfigFromEnv } from "./apiConfig.ts";

describe("the API's settings from the environment", () => {
  it("keeps 64 MB of answers unless CSC_ANSWER_CACHE_MB says otherwise, and none for 0", () => {
    expect(apiConfigFromEnv({}).answerCacheBytes).toBe(64 * 1024 * 1024);
    expect(apiConfigFromEnv({ CSC_ANSWER_CACHE_MB: "0" }).answerCacheBytes).toBe(0);
    expect(apiConfigFromEnv({ CSC_ANSWER_CACHE_MB: "200" }).answerCacheBytes).toBe(200 * 1024 * 1024);
  });

  it("refuses a cache size that is not a whole number of megabytes, saying what it must be", () => {
    expect(() => apiConfigFromEnv({ CSC_ANSWER_CACHE_MB: "lots" })).toThrow(
      'CSC_ANSWER_CACHE_MB must be whole megabytes (0 keeps no answers); got "lots".',
    );
    expect(() => apiConfigFromEnv({ CSC_ANSWER_CACHE_MB: "-1" })).toThrow(/CSC_ANSWER_CACHE_MB/);
  });

  it("builds 8 answers at once unless CSC_ANSWERS_AT_ONCE says otherwise, and refuses fewer than 1", () => {
    expect(apiConfigFromEnv({}).answersBuiltAtOnce).toBe(8);
    expect(apiConfigFromEnv({ CSC_ANSWERS_AT_ONCE: "2" }).answersBuiltAtOnce).toBe(2);
    expect(() => apiConfigFromEnv({ CSC_ANSWERS_AT_ONCE: "0" })).toThrow(
      'CSC_ANSWERS_AT_ONCE must be a whole number of answers built at once, at least 1; got "0".',
    );
  });
});

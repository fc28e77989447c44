import { describe, expect, it, vi } from "vitest";
import { answerText, keptAnswer } from "./answerText.ts";

describe("an answer's text", () => {
  it("is the answer as Apollo would send it, errors and all", () => {
    const data = { area: { name: "Hampshire", figures: [1, 2.5, null] } };
    expect(answerText({ data })).toBe(JSON.stringify({ data }));
    const withErrors = { errors: [{ message: "Not found" }], data: null };
    expect(answerText(withErrors)).toBe(JSON.stringify(withErrors));
    const withExtensions = { data, extensions: { cost: 3 } };
    expect(answerText(withExtensions)).toBe(JSON.stringify(withExtensions));
  });

  it("writes an answer out once however often it is sent", () => {
    let written = 0;
    const data = {
      figures: {
        toJSON: () => {
          written++;
          return [1, 2, 3];
        },
      },
    };
    const first = answerText({ data });
    // A follower shares the leader's data in a result object of its own.
    const again = answerText({ data });
    expect(again).toBe(first);
    expect(first).toBe('{"data":{"figures":[1,2,3]}}');
    expect(written).toBe(1);
  });

  it("writes out afresh an answer whose errors are not part of the first text", () => {
    const data = { n: 1 };
    answerText({ data });
    const withErrors = { data, errors: [{ message: "Partly failed" }] };
    expect(answerText(withErrors)).toBe(JSON.stringify(withErrors));
  });

  it("of a kept answer is the kept text, sent without being read back", () => {
    const text = answerText({ data: { area: { name: "Hampshire", figures: [1, 2.5, null] } } });
    const parse = vi.spyOn(JSON, "parse");
    try {
      const kept = keptAnswer(text);
      expect(answerText(kept)).toBe(text);
      expect(answerText({ data: kept.data })).toBe(text);
      expect(parse).not.toHaveBeenCalled();
      // Whoever looks inside is given the data itself.
      expect(kept.data).toEqual({ area: { name: "Hampshire", figures: [1, 2.5, null] } });
      expect(Object.keys(kept.data ?? {})).toEqual(["area"]);
      expect(JSON.stringify(kept)).toBe(text);
    } finally {
      parse.mockRestore();
    }
  });
});

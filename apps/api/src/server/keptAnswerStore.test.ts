import { randomBytes } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { keptAnswerStore } from "./keptAnswerStore.ts";

// Random figures, so that compressing them leaves forms about half as large as the text.
const answer = (n: number) => JSON.stringify({ data: { figures: randomBytes(n).toString("hex") } });

describe("the kept answers' store", () => {
  it("compresses a kept answer once for each encoding and gives the same bytes to every later asker", async () => {
    const store = keptAnswerStore({ maxBytes: 1_000_000, lifetimeSeconds: 60 });
    const text = answer(5_000);
    store.keep("q", text);
    const brotli = store.compressed("q", text, "br");
    expect(store.compressed("q", text, "br")).toBe(brotli);
    expect(brotliDecompressSync((await brotli) ?? "").toString()).toBe(text);
    expect(gunzipSync((await store.compressed("q", text, "gzip")) ?? "").toString()).toBe(text);
    expect(await store.compressed("q", text, "br")).toBe(await brotli);
  });

  it("compresses nothing it does not hold as the kept answer to that question", () => {
    const store = keptAnswerStore({ maxBytes: 1_000_000, lifetimeSeconds: 60 });
    const text = answer(10);
    store.keep("q", text);
    expect(store.compressed("q", answer(10), "br")).toBeUndefined();
    expect(store.compressed("other", text, "br")).toBeUndefined();
  });

  it("counts the compressed forms against its size, letting the least recently used answers go", async () => {
    const text = answer(2_000);
    const store = keptAnswerStore({ maxBytes: text.length * 2 + 100, lifetimeSeconds: 60 });
    store.keep("old", text);
    store.keep("new", text);
    // Asked for again, as a request sent in compressed form is: its forms push out "old".
    expect(store.text("new")).toBe(text);
    await store.compressed("new", text, "br");
    expect(store.text("new")).toBe(text);
    expect(store.text("old")).toBeUndefined();
  });
});

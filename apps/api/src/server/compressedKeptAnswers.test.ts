import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { createApiToken, startTestApi, type TestApi } from "../testing/testApi.ts";

// Large enough to be compressed (over 1 kB); the dashboard's own kind of question.
const SERIES = `query($area: String!) { indicator(code: "uasc-arrivals") { series(area: $area) {
  points { period { key } value formatted sources { title citation } } } } }`;
const ARRIVALS =
  'uasc-arrivals,E10000014,Oct-Dec 2018,,16,,,,hcc-cabinet-2021-12-07-safeguarding,"Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Oct-Dec 2018"""';

describe.each(testBackends)("kept answers sent to browsers, on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api.stop());

  /** As the dashboard asks: a GET, which browsers and CDNs may keep and check again. */
  const ask = (headers: Record<string, string>, query = SERIES) =>
    fetch(
      `${api.url}/graphql?${new URLSearchParams({ query, variables: JSON.stringify({ area: "E10000014" }) }).toString()}`,
      { headers: { "apollo-require-preflight": "true", ...headers } },
    );

  it("sends the same answer compressed as each browser takes it, tagged, with its length", async () => {
    const plain = await ask({ "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const text = await plain.text();
    expect(text).toContain('"key":"2018-Q4"},"value":17');
    const tag = plain.headers.get("etag");
    for (const [acceptEncoding, encoding] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip", "gzip"],
      ["gzip, deflate, br, zstd", "br"],
    ] as const) {
      const response = await ask({ "accept-encoding": acceptEncoding });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(response.headers.get("etag")).toBe(tag);
      expect(Number(response.headers.get("content-length"))).toBeGreaterThan(0);
      expect(Number(response.headers.get("content-length"))).toBeLessThan(text.length / 2);
      expect(response.headers.get("cache-control")).toMatch(/^public/);
      expect(await response.text()).toBe(text);
    }
  });

  it("sends answers shared while being built under the tag and in the form of every later one", async () => {
    // A question not asked before, asked by eight at once: one builds it, the others wait for it.
    // Every indicator's series, so that the build outlasts the others' read of the data version.
    const query = SERIES.replace('indicator(code: "uasc-arrivals")', "indicators");
    const together = await Promise.all(
      Array.from({ length: 8 }, () => ask({ "accept-encoding": "br" }, query)),
    );
    const later = await ask({ "accept-encoding": "br" }, query);
    const text = await later.text();
    expect(later.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    for (const response of together) {
      expect(response.headers.get("etag")).toBe(later.headers.get("etag"));
      expect(response.headers.get("content-encoding")).toBe("br");
      expect(response.headers.get("content-length")).toBe(later.headers.get("content-length"));
      expect(await response.text()).toBe(text);
    }
  });

  it("tells a browser whose copy is current so, and sends a changed answer under a new tag", async () => {
    const first = await ask({ "accept-encoding": "br" });
    await first.arrayBuffer();
    const tag = first.headers.get("etag") ?? "";
    // As a browser checks its copy; fetch would otherwise add "no-cache", which asks for it anew.
    const current = await ask({
      "accept-encoding": "br",
      "if-none-match": tag,
      "cache-control": "max-age=0",
    });
    expect(current.status).toBe(304);
    expect(await current.text()).toBe("");

    await api.load({ dataset: "seed/hcc-cabinet-2021-12-07-safeguarding" }, ARRIVALS);
    const changed = await ask({
      "accept-encoding": "br",
      "if-none-match": tag,
      "cache-control": "max-age=0",
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(tag);
    expect(await changed.text()).toContain('"key":"2018-Q4"},"value":16');
  });

  it("never answers an author from a copy tagged for readers who cannot see drafts", async () => {
    const published = await ask({ "accept-encoding": "br" });
    const tag = published.headers.get("etag") ?? "";
    expect(await published.text()).not.toContain('"key":"2018-Q4"},"value":18');
    await api.load(
      { dataset: "seed/hcc-cabinet-2021-12-07-safeguarding", status: "draft" },
      ARRIVALS.replace(",16,", ",18,"),
    );
    const author = (await createApiToken(api.db.prisma, "author", "author")).token;
    for (const ifNoneMatch of [tag, (await ask({})).headers.get("etag") ?? ""]) {
      const response = await ask({
        "accept-encoding": "br",
        "if-none-match": ifNoneMatch,
        "cache-control": "max-age=0",
        authorization: `Bearer ${author}`,
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('"key":"2018-Q4"},"value":18');
    }
  });
});

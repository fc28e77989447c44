import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawQuery, testBackends } from "@csc/db";
import { createApiToken, startTestApi, type TestApi } from "../testing/testApi.ts";

const SERIES = `query($area: String!) { indicator(code: "uasc-arrivals") { series(area: $area) {
  points { period { key } value formatted sources { title citation } revisions { formatted } } } } }`;
const NOTES = `{ annotations { key title } }`;

const ARRIVALS =
  'uasc-arrivals,E10000014,Oct-Dec 2018,,16,,,,hcc-cabinet-2021-12-07-safeguarding,"Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Oct-Dec 2018"""';
const pointsOf = (data: unknown) =>
  (data as { indicator: { series: { points: { period: { key: string }; value: number }[] }[] } }).indicator
    .series[0]?.points ?? [];
const octDec2018 = (data: unknown) => pointsOf(data).find((p) => p.period.key === "2018-Q4")?.value;

describe.each(testBackends)("answers kept between requests, on %s", (backend) => {
  let api: TestApi;
  let statements = 0;
  let authorToken: string;
  beforeAll(async () => {
    api = await startTestApi(backend, {}, { log: [{ emit: "event", level: "query" }] });
    (api.db.prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      statements++;
    });
    authorToken = (await createApiToken(api.db.prisma, "author", "author")).token;
  });
  afterAll(() => api.stop());

  async function ask(query: string, token?: string) {
    statements = 0;
    const { body, status } = await api.graphql(query, { variables: { area: "E10000014" }, token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements };
  }

  it("answers the same question again with the same answer and one statement, the data version", async () => {
    const first = await ask(SERIES);
    const again = await ask(SERIES);
    // Built: the data version and at least the figures' read; kept: the data version alone.
    expect(first.statements).toBeGreaterThan(1);
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(first.data);
    expect(octDec2018(again.data)).toBe(17);
  });

  it("builds a question asked by many at once only once, and gives each the same answer", async () => {
    const built = (await ask(SERIES.replace("points {", "points { once: period { key }"))).statements;
    statements = 0;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.graphql(SERIES.replace("points {", "points { together: period { key }"), {
          variables: { area: "E10000014" },
        }),
      ),
    );
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(body).toEqual(answers[0]?.body);
    }
    expect(octDec2018(answers[0]?.body.data)).toBe(17);
    // One build and a data-version read for each request; eight builds would be 8 × built.
    expect(statements).toBeLessThanOrEqual(built + 8);
  });

  it("answers afresh once a correction is loaded, with the figure it corrects as a revision", async () => {
    expect(octDec2018((await ask(SERIES)).data)).toBe(17);
    await api.load({ dataset: "seed/hcc-cabinet-2021-12-07-safeguarding" }, ARRIVALS);
    const after = await ask(SERIES);
    expect(after.statements).toBeGreaterThan(1);
    expect(octDec2018(after.data)).toBe(16);
    expect(JSON.stringify(after.data)).toContain('"revisions":[{"formatted":"17"}]');
  });

  it("sees a change made over another connection, as an import in another process is", async () => {
    const before = await ask(NOTES);
    expect(JSON.stringify(before.data)).not.toContain("answer-cache-test");
    const other = rawQuery(api.db, 1);
    try {
      await other.run(
        `INSERT INTO "Annotation" (key, "startsOn", title, description, citation)
         VALUES ('answer-cache-test', DATE '2024-01-01', 'Added elsewhere', 'x', 'x')`,
        [],
      );
    } finally {
      await other.close();
    }
    expect(JSON.stringify((await ask(NOTES)).data)).toContain("answer-cache-test");
  });

  it("keeps what an answer says about its caller to that caller", async () => {
    const ann = (await createApiToken(api.db.prisma, "Ann's dashboard", "viewer")).token;
    const bob = (await createApiToken(api.db.prisma, "Bob's dashboard", "viewer")).token;
    const query = "{ viewer { role tokenName } }";
    expect((await ask(query, ann)).data).toEqual({
      viewer: { role: "VIEWER", tokenName: "Ann's dashboard" },
    });
    expect((await ask(query, bob)).data).toEqual({
      viewer: { role: "VIEWER", tokenName: "Bob's dashboard" },
    });
    expect((await ask(query)).data).toEqual({ viewer: { role: null, tokenName: null } });
    expect((await ask(query, ann)).data).toEqual({
      viewer: { role: "VIEWER", tokenName: "Ann's dashboard" },
    });
  });

  it("never gives an author's draft to others, nor others' kept answer to an author", async () => {
    const published = await ask(SERIES);
    await api.load(
      { dataset: "seed/hcc-cabinet-2021-12-07-safeguarding", status: "draft" },
      ARRIVALS.replace(",16,", ",18,"),
    );
    // The draft changed the data, so the anonymous reader is answered afresh, without the draft.
    expect(octDec2018((await ask(SERIES)).data)).toBe(octDec2018(published.data));
    const author = await ask(SERIES, authorToken);
    expect(octDec2018(author.data)).toBe(18);
    expect(author.statements).toBeGreaterThan(1);
    expect(octDec2018((await ask(SERIES, authorToken)).data)).toBe(18);
    const anonymous = await ask(SERIES);
    expect(anonymous.statements).toBe(1);
    expect(octDec2018(anonymous.data)).toBe(16);
  });
});

describe("an API told to keep no answers (CSC_ANSWER_CACHE_MB=0)", () => {
  it("builds every answer afresh", async () => {
    let statements = 0;
    const api = await startTestApi(
      "pglite",
      { answerCacheBytes: 0 },
      { log: [{ emit: "event", level: "query" }] },
    );
    (api.db.prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      statements++;
    });
    try {
      await api.graphql(SERIES, { variables: { area: "E10000014" } });
      statements = 0;
      const again = await api.graphql(SERIES, { variables: { area: "E10000014" } });
      expect(octDec2018(again.body.data)).toBe(17);
      // With no answers kept there is no data version to read: any statement is the build's.
      expect(statements).toBeGreaterThan(0);
    } finally {
      await api.stop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { referenceAreas } from "@csc/domain";
import { startTestApi, type TestApi } from "../testing/testApi.ts";

/** What a dashboard page asks for: several indicators' series with sources, changes and corrections. */
const DASHBOARD_QUERY = `query($topic: String, $areas: [String!]) {
  indicators(topic: $topic) { code name unit
    series(areas: $areas) {
      area { code name }
      breakdown { item }
      points { period { key label } value symbol formatted change { absolute percent }
        sources { title citation source { key } } disagreements { formatted }
        revisions { value release { version } replacedIn { version } } } } } }`;

const QUARTERS = [
  "Apr-Jun 2019",
  "Jul-Sep 2019",
  "Oct-Dec 2019",
  "Jan-Mar 2020",
  "Apr-Jun 2020",
  "Jul-Sep 2020",
];

/** As many areas as one request may ask for: Hampshire and 49 others. */
const others = referenceAreas
  .filter((area) => area.code !== "E10000014" && !area.memberCodes)
  .slice(0, 49)
  .map((area) => area.code);

describe.each(testBackends)("SQL statements per request on %s", (backend) => {
  let api: TestApi;
  let statements = 0;
  beforeAll(async () => {
    // The larger request asks for every indicator in every area: over the budget a caller gets, on purpose.
    api = await startTestApi(
      backend,
      { queryBudget: { anonymous: Infinity, signedIn: Infinity } },
      { log: [{ emit: "event", level: "query" }] },
    );
    (api.db.prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      statements++;
    });
    // Figures for every area, and a correction, so that the larger request has far more to load.
    await api.load(
      { dataset: "test-areas" },
      ...others.flatMap((code) =>
        ["cla-starts", "cla-ceased", "uasc-arrivals"].flatMap((indicator) =>
          QUARTERS.map(
            (q, i) => `${indicator},${code},${q},,${10 + i},,,,hcc-cabinet-2021-12-07-safeguarding,test`,
          ),
        ),
      ),
    );
    await api.load(
      { dataset: "seed/hcc-cabinet-2021-12-07-safeguarding" },
      'uasc-arrivals,E10000014,Oct-Dec 2018,,16,,,,hcc-cabinet-2021-12-07-safeguarding,"Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Oct-Dec 2018"""',
    );
  });
  afterAll(() => api.stop());

  async function count(variables: Record<string, unknown>) {
    statements = 0;
    const { body } = await api.graphql(DASHBOARD_QUERY, { variables });
    expect(body.errors).toBeUndefined();
    const series = body.data?.indicators.flatMap((i: { series: { points: unknown[] }[] }) => i.series) ?? [];
    const points = series.reduce((n: number, s: { points: unknown[] }) => n + s.points.length, 0);
    return { statements, indicators: body.data?.indicators.length, series: series.length, points };
  }

  it("does not grow with the number of indicators, areas or points", async () => {
    const small = await count({ topic: "uasc", areas: ["E10000014"] });
    const large = await count({ topic: null, areas: ["E10000014", ...others] });
    console.log(`${backend}: small ${JSON.stringify(small)}; large ${JSON.stringify(large)}`);
    expect(large.indicators).toBeGreaterThan(small.indicators * 5);
    expect(large.series).toBeGreaterThan(small.series * 10);
    expect(large.points).toBeGreaterThan(small.points * 5);
    expect(large.statements).toBe(small.statements);
    // 7 today (14 while the figures were read through Prisma's includes): the data version
    // answers are kept under, the indicators imported from tables without a mapping, the figures
    // with their periods, sources, breakdowns, releases and corrections in one statement, then
    // the areas, sources, releases and correcting releases the answer names, one statement each.
    expect(small.statements).toBeLessThanOrEqual(7);
  });
});

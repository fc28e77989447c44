import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { startTestApi, type TestApi } from "../testing/testApi.ts";

const HAMPSHIRE = "E10000014";

describe.each(testBackends)("GraphQL queries over HTTP on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api.stop());

  it("answers the published query for UASC arrivals with the 13 quarters and their citations", async () => {
    const { status, body } = await api.graphql(
      `{ indicator(code: "uasc-arrivals") { code name unit series(area: "E10000014", from: "2018-01-01", to: "2021-03-31") { area { code } points { period { start end label } value symbol formatted sources { title citation } } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const indicator = body.data?.indicator;
    expect(indicator).toMatchObject({ code: "uasc-arrivals", name: "UASC arrivals", unit: "COUNT" });
    const [series] = indicator.series;
    expect(series.area).toEqual({ code: HAMPSHIRE });
    expect(series.points.map((p: { value: number }) => p.value)).toEqual([
      14, 29, 31, 17, 18, 7, 8, 3, 13, 0, 18, 4, 7,
    ]);
    expect(series.points[0]).toEqual({
      period: { start: "2018-01-01", end: "2018-03-31", label: "Jan–Mar 2018" },
      value: 14,
      symbol: null,
      formatted: "14",
      sources: [
        {
          title: "Annual Safeguarding Report – Children's Services 2020-21",
          citation:
            'Table "Hampshire UASC Arrivals" (after para 20), row "Quarterly Data", column "Jan - Mar 2018"',
        },
      ],
    });
  });

  it("rolls quarters up into financial years by the indicator's kind", async () => {
    const { body } = await api.graphql(`{
      arrivals: indicator(code: "uasc-arrivals") { series(area: "E10000014", granularity: FINANCIAL_YEAR) {
        points { period { label } value change { absolute percent } } incompletePeriods { period { label } reason } } }
      leavers: indicator(code: "uasc-care-leavers") { series(area: "E10000014", granularity: FINANCIAL_YEAR) {
        points { period { label } value } } }
    }`);
    const arrivals = body.data?.arrivals.series[0];
    expect(arrivals.points).toEqual([
      { period: { label: "2018-19" }, value: 95, change: null },
      { period: { label: "2019-20" }, value: 31, change: { absolute: -64, percent: -67.4 } },
      { period: { label: "2020-21" }, value: 29, change: { absolute: -2, percent: -6.5 } },
    ]);
    expect(arrivals.incompletePeriods).toEqual([
      { period: { label: "2017-18" }, reason: "only Jan–Mar 2018 of 2017-18 is published" },
    ]);
    // Care leavers are counted on a day: the year's figure is the one at 31 March, not a sum.
    expect(body.data?.leavers.series[0].points).toEqual([
      { period: { label: "2017-18" }, value: 246 },
      { period: { label: "2018-19" }, value: 308 },
      { period: { label: "2019-20" }, value: 334 },
      { period: { label: "2020-21" }, value: 363 },
    ]);
  });

  it("shows both figures where two tables of a report disagree", async () => {
    const { body } =
      await api.graphql(`{ indicator(code: "contacts") { series(area: "E10000014", from: "2017-04-01", to: "2018-03-31") {
      points { period { label } formatted sources { citation } disagreements { formatted source { citation source { key } } } } } } }`);
    const point = body.data?.indicator.series[0].points[0];
    expect(point.formatted).toBe("106,010");
    expect(point.disagreements).toEqual([
      {
        formatted: "77,934",
        source: {
          citation: expect.stringMatching(/^para 28/),
          source: { key: "hcc-cabinet-2021-12-07-safeguarding" },
        },
      },
    ]);
  });

  it("gives one series per breakdown item, in the report's order, or just the item asked for", async () => {
    const all =
      await api.graphql(`{ indicator(code: "referrals-by-source") { dimension { code items { code } }
      series(area: "E10000014") { breakdown { dimension item itemName } points { value } } } }`);
    const series = all.body.data?.indicator.series;
    expect(series).toHaveLength(11);
    expect(series[0].breakdown).toEqual({
      dimension: "referral-source",
      item: "individual",
      itemName: "Individual",
    });
    expect(series[5].breakdown.item).toBe("police");
    expect(series[5].points.map((p: { value: number }) => p.value)).toEqual([5360, 4265, 4559, 4585, 5803]);
    const police = await api.graphql(
      `{ indicator(code: "referrals-by-source") { series(area: "E10000014", breakdown: "police") { breakdown { item } } } }`,
    );
    expect(police.body.data?.indicator.series).toEqual([{ breakdown: { item: "police" } }]);
  });

  it("refuses a granularity that is meaningless for the figures, with the reason, and answers the rest", async () => {
    await api.load(
      { dataset: "test-ratio" },
      "s47-to-icpc-rate,E10000014,Apr-Jun 2021,,40.0%,,,,hcc-cabinet-2021-12-07-safeguarding,test",
    );
    const { body } = await api.graphql(
      `{ indicator(code: "s47-to-icpc-rate") { name series(area: "E10000014", granularity: FINANCIAL_YEAR) { points { value } } } }`,
    );
    expect(body.data?.indicator).toEqual({
      name: "Section 47 enquiries leading to a child protection conference",
      series: null,
    });
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Apr–Jun 2021 was published without its numerator and denominator/),
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("recomputes a ratio from quarterly numerators and denominators", async () => {
    await api.load(
      { dataset: "test-ratio-parts" },
      ...[
        ["Apr-Jun 2022", "90%", 90, 100],
        ["Jul-Sep 2022", "50%", 10, 20],
        ["Oct-Dec 2022", "90%", 45, 50],
        ["Jan-Mar 2023", "100%", 80, 80],
      ].map(
        ([q, v, n, d]) =>
          `cf-assessment-timeliness,E92000001,${String(q)},,${String(v)},,${String(n)},${String(d)},hcc-cabinet-2021-12-07-safeguarding,test`,
      ),
    );
    const { body } = await api.graphql(
      `{ indicator(code: "cf-assessment-timeliness") { series(area: "E92000001", granularity: FINANCIAL_YEAR) { points { period { label } value formatted numerator denominator } } } }`,
    );
    expect(body.data?.indicator.series[0].points).toEqual([
      { period: { label: "2022-23" }, value: 90, formatted: "90.0%", numerator: 225, denominator: 250 },
    ]);
  });

  it("keeps a suppressed figure as its symbol, never zero", async () => {
    await api.load(
      { dataset: "test-symbol" },
      "cla-count,E06000044,at 31 March 2021,,c,,,,hcc-cabinet-2021-12-07-safeguarding,test",
    );
    const { body } = await api.graphql(
      `{ indicator(code: "cla-count") { series(area: "E06000044") { points { value symbol symbolMeaning formatted } } } }`,
    );
    expect(body.data?.indicator.series[0].points).toEqual([
      {
        value: null,
        symbol: "c",
        symbolMeaning: "suppressed to protect confidential information",
        formatted: "c",
      },
    ]);
  });

  it("lists topics, indicators by topic and search, and one indicator by code", async () => {
    const { body } = await api.graphql(`{
      topics { code name indicators { code } }
      uasc: indicators(topic: "uasc") { code kind }
      search: indicators(search: "placed parents") { code }
      missing: indicator(code: "no-such-thing") { code }
      arrivals: indicator(code: "uasc-arrivals") { sameMeasureAs { code } topic { name } }
    }`);
    expect(body.data?.topics[0]).toMatchObject({
      code: "uasc",
      name: "Unaccompanied asylum-seeking children",
    });
    expect(body.data?.uasc).toEqual([
      { code: "uasc-arrivals", kind: "FLOW" },
      { code: "uasc-care-leavers", kind: "STOCK" },
      { code: "uasc-looked-after", kind: "STOCK" },
      { code: "nts-transfers-in", kind: "FLOW" },
      { code: "nts-transfers-in-from-port", kind: "FLOW" },
      { code: "nts-transfers-out", kind: "FLOW" },
    ]);
    expect(body.data?.search).toEqual([{ code: "cla-starts-placed-with-parents" }]);
    expect(body.data?.missing).toBeNull();
    expect(body.data?.arrivals).toEqual({
      sameMeasureAs: [{ code: "cla-starts-uasc" }],
      topic: { name: "Unaccompanied asylum-seeking children" },
    });
  });

  it("lists areas by level and finds one with its region", async () => {
    const { body } = await api.graphql(
      `{ regions: areas(level: REGION) { code } area(code: "E10000014") { name laNumber level parent { name parent { name } } } }`,
    );
    // The nine regions, and Inner and Outer London.
    expect(body.data?.regions).toHaveLength(11);
    expect(body.data?.area).toEqual({
      name: "Hampshire",
      laNumber: 850,
      level: "LOCAL_AUTHORITY",
      parent: { name: "South East", parent: { name: "England" } },
    });
  });

  it("lists sources with the figures drawn from each, and finds one by key or id", async () => {
    const { body } = await api.graphql(`{
      sources(first: 20) { edges { node { key title figureCount } } }
      source(key: "hcc-cpb-2023-03-28-residential-review-addendum") { id meeting publishedOn kind
        figures(first: 2) { totalCount edges { node { indicator { code } value citation } } } }
    }`);
    const keys = body.data?.sources.edges.map((e: { node: { key: string } }) => e.node.key);
    expect(keys).toContain("hcc-cabinet-2021-12-07-safeguarding");
    const cabinet = body.data?.sources.edges.find(
      (e: { node: { key: string } }) => e.node.key === "hcc-cabinet-2021-12-07-safeguarding",
    );
    expect(cabinet.node.figureCount).toBeGreaterThanOrEqual(249);
    expect(body.data?.source).toMatchObject({ publishedOn: "2023-02-06", kind: "COUNCIL_REPORT" });
    expect(body.data?.source.figures.totalCount).toBe(4);
    expect(body.data?.source.figures.edges[0].node).toEqual({
      indicator: { code: "lado-cases-reviewed" },
      value: 440,
      citation: expect.stringMatching(/^para 8/),
    });
    const byId = await api.graphql(`query($id: Int) { source(id: $id) { key } }`, {
      variables: { id: body.data?.source.id },
    });
    expect(byId.body.data?.source.key).toBe("hcc-cpb-2023-03-28-residential-review-addendum");
  });

  it("lists releases and the annotations for a date range", async () => {
    const { body } = await api.graphql(`{
      releases(first: 50) { edges { node { dataset version status figureCount } } }
      annotations(from: "2020-01-01", to: "2020-12-31", indicator: "uasc-arrivals") { key startsOn endsOn title source { key } }
    }`);
    const seed = body.data?.releases.edges.find(
      (e: { node: { dataset: string } }) => e.node.dataset === "seed/hcc-cabinet-2021-12-07-safeguarding",
    );
    expect(seed.node).toEqual({
      dataset: "seed/hcc-cabinet-2021-12-07-safeguarding",
      version: 1,
      status: "PUBLISHED",
      figureCount: 249,
    });
    expect(body.data?.annotations.map((a: { key: string }) => a.key)).toEqual([
      "covid-lockdown-1",
      "dover-port-arrivals-2020",
      "covid-lockdown-2",
    ]);
  });

  it("pages through raw observations, giving at most 500 a page", async () => {
    const first =
      await api.graphql(`{ observations(first: 5, filter: { indicator: "cla-starts", areas: ["E10000014"], from: "2019-01-01", to: "2019-12-31" }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id period { label } value source { key } release { version } } } } }`);
    const page = first.body.data?.observations;
    expect(page.edges.map((e: { node: { period: { label: string } } }) => e.node.period.label)).toEqual([
      "Jan–Mar 2019",
      "Apr–Jun 2019",
      "Jul–Sep 2019",
      "Oct–Dec 2019",
    ]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    await api.load(
      { dataset: "test-many" },
      ...Array.from(
        { length: 600 },
        (_, i) => `contacts,E92000001,2030-31,,${i},,,,hcc-cabinet-2021-12-07-safeguarding,row ${i}`,
      ),
    );
    const capped = await api.graphql(
      `{ observations(first: 1000, filter: { indicator: "contacts" }) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`,
    );
    expect(capped.body.data?.observations.totalCount).toBeGreaterThan(600);
    expect(capped.body.data?.observations.edges).toHaveLength(500);
    expect(capped.body.data?.observations.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql(
      `query($after: String) { observations(first: 2, after: $after) { edges { node { id } } } }`,
      {
        variables: { after: page.pageInfo.endCursor },
      },
    );
    expect(next.body.data?.observations.edges).toHaveLength(2);
  });

  it("fetches a figure again by its global id, and lists the breakdown dimensions", async () => {
    const listed = await api.graphql(
      `{ observations(first: 1, filter: { indicator: "cpp-count" }) { edges { node { id value } } } }`,
    );
    const first = listed.body.data?.observations.edges[0].node;
    const id: string = first.id;
    const value: number = first.value;
    const fetched = await api.graphql(
      `query($id: ID!) { node(id: $id) { id ... on Observation { value citation } } }`,
      {
        variables: { id },
      },
    );
    expect(fetched.body.data?.node).toMatchObject({ id, value });
    const dimensions = await api.graphql(`{ breakdownDimensions { code items { code } } }`);
    expect(dimensions.body.data?.breakdownDimensions.map((d: { code: string }) => d.code)).toEqual([
      "referral-source",
      "category-of-need",
      "lado-case-type",
    ]);
  });

  it("rejects an area that is not a GSS code, saying what it expected", async () => {
    const { body } = await api.graphql(
      `{ indicator(code: "uasc-arrivals") { series(area: "Hampshire") { points { value } } } }`,
    );
    expect(body.errors?.[0]).toMatchObject({
      message: 'Expected a GSS area code such as "E10000014", or a joint return\'s codes.',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});

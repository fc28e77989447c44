import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { loadNationalStatistics } from "@csc/importer";
import { startTestApi, type TestApi } from "../testing/testApi.ts";

const BENCHMARK = `query($indicator: String!, $area: String!, $period: Date, $neighbours: NeighbourModel) {
  benchmark(indicator: $indicator, area: $area, period: $period, neighbours: $neighbours) {
    period { key } value symbol england region regionArea { code } neighbourMean neighbourMedian
    neighbourCount rank outOf quartile quartileMeaning neighbourModel
    neighbours { area { code } position closeness value symbol } } }`;

describe.each(testBackends)("comparing councils over the API on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
    await loadNationalStatistics(api.db.prisma);
  });
  afterAll(() => api.stop());

  it("compares Hackney's re-referral rate with England, London, its neighbours and every council", async () => {
    // The right answers, worked out from DfE's c1 file and the 2025 neighbour model by hand.
    const { body } = await api.graphql(BENCHMARK, {
      variables: { indicator: "cin-rereferral-rate", area: "E09000012" },
    });
    expect(body.errors).toBeUndefined();
    const benchmark = body.data?.benchmark;
    expect(benchmark).toMatchObject({
      period: { key: "FY2024-25" },
      value: 19.9,
      england: 22.6,
      region: 19.4,
      regionArea: { code: "E12000007" },
      neighbourCount: 10,
      neighbourMedian: 18.65,
      // Lower is better (LAIT's polarity): 75 councils had a lower rate.
      rank: 76,
      outOf: 153,
      // Quartiles 16.9, 20.0, 23.0: 19.9 is in the second quarter.
      quartile: "B",
      quartileMeaning: "second quarter",
      neighbourModel: "SN_2025",
    });
    expect(benchmark.neighbourMean).toBeCloseTo(19.36, 10);
    expect(benchmark.neighbours[0]).toEqual({
      area: { code: "E09000028" },
      position: 1,
      closeness: "Somewhat close",
      value: 17,
      symbol: null,
    });
  });

  it("compares an earlier period when given a day inside it, with the 2021 model", async () => {
    const { body } = await api.graphql(BENCHMARK, {
      variables: {
        indicator: "cin-rereferral-rate",
        area: "E09000012",
        period: "2020-06-01",
        neighbours: "SN_2021",
      },
    });
    expect(body.data?.benchmark).toMatchObject({
      period: { key: "FY2020-21" },
      neighbourModel: "SN_2021",
      neighbourCount: 10,
    });
  });

  it("follows North Yorkshire across its code change, and has no rank where neither direction is better", async () => {
    const { body } = await api.graphql(
      `{ benchmarkSeries(indicator: "cpp-count", area: "E10000023") { period { key } value rank outOf area { code name } } }`,
    );
    expect(body.errors).toBeUndefined();
    const series = body.data?.benchmarkSeries as {
      period: { key: string };
      rank: number | null;
      area: { code: string };
    }[];
    expect(series.map((b) => b.period.key)).toEqual(
      Array.from({ length: 13 }, (_, i) => `${String(2013 + i)}-03-31`),
    );
    expect(new Set(series.map((b) => b.area.code))).toEqual(new Set(["E06000065"]));
    expect(series.every((b) => b.rank === null)).toBe(true);
  });

  it("lists every council's figure, rank and band, joint returns included", async () => {
    const { body } = await api.graphql(
      `{ councilRanking(indicator: "sw-turnover-rate") { period { key } england outOf
          councils { area { code } value symbol rank quartile } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ranking = body.data?.councilRanking;
    expect(ranking.period.key).toBe("2024-10-01/2025-09-30");
    const codes = ranking.councils.map((c: { area: { code: string } }) => c.area.code);
    expect(codes).toContain("E06000061 / E06000062");
    expect(ranking.councils[0]).toMatchObject({ rank: 1, quartile: "A" });
    const ranks = ranking.councils.flatMap((c: { rank: number | null }) => (c.rank === null ? [] : [c.rank]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.length).toBe(ranking.outOf);
  });

  it("answers null for an indicator it does not hold, and refuses an area it does not know", async () => {
    const unknown = await api.graphql(
      `{ benchmark(indicator: "no-such-thing", area: "E09000012") { value } }`,
    );
    expect(unknown.body).toEqual({ data: { benchmark: null } });
    const nowhere = await api.graphql(`{ benchmark(indicator: "cla-count", area: "E06000999") { value } }`);
    expect(nowhere.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("compares a count as a rate per 10,000 children from ONS's populations, as DfE's own rates are", async () => {
    // DfE's table gives Hackney's rate of children looked after at 31 March 2025 itself; the count
    // over ONS's mid-2024 estimate must come to the same, to DfE's rounding.
    const { body } = await api.graphql(
      `{ published: benchmark(indicator: "cla-rate-per-10000", area: "E09000012") { period { key } value england }
         derived: benchmark(indicator: "cla-count", area: "E09000012", perTenThousandChildren: true) { period { key } value england rank outOf } }`,
    );
    expect(body.errors).toBeUndefined();
    const published = body.data?.published;
    const derived = body.data?.derived;
    expect(derived.period).toEqual(published.period);
    expect(Math.round(derived.value)).toBe(published.value);
    expect(Math.round(derived.england)).toBe(published.england);
    expect(derived.outOf).toBeGreaterThan(140);
  });
});

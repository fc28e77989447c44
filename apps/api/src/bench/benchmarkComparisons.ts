import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase, rawQuery, testBackends, type RawQuery, type TestBackend } from "@csc/db";
import { loadNationalStatistics, loadPublicStatistics, seedDatabase } from "@csc/importer";
import { LOCAL_API_CONFIG } from "../server/apiConfig.ts";
import { startApiServer } from "../server/startApiServer.ts";

/**
 * The comparison queries against hand-written SQL. Loads every council's national figures, then
 * asks the API for Hackney's benchmark and for every council's ranking, and a bare node:http server
 * the same through the raw driver (pg, or PGlite itself) with one hand-written statement each, at
 * 1 and 50 concurrent clients, interleaved, on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 * Also counts the API's statements per request with 7 and with 160 councils' figures held.
 */
const DURATION_MS = Number(process.env.BENCH_MS ?? 5_000);
const INDICATOR = "cin-rereferral-rate";
const AREA = "E09000012";

const API_QUERIES = {
  benchmark: `{ benchmark(indicator: "${INDICATOR}", area: "${AREA}") { period { key } value symbol england region
    neighbourMean neighbourMedian neighbourCount rank outOf quartile neighbours { position closeness value symbol area { code name } } } }`,
  ranking: `{ councilRanking(indicator: "${INDICATOR}") { period { key } england outOf councils { area { code name } value symbol rank quartile } } }`,
};

/** Current, published, official figures for the indicator, total only: the rule the API applies. */
const CURRENT = `
  SELECT o."areaCode" AS area, o.value::float8 AS value, o.symbol::text AS symbol, o."periodKey" AS period, p."end"
  FROM "Observation" o
  JOIN "Release" r ON r.id = o."releaseId" AND r.status = 'published'
  JOIN "Source" s ON s.id = o."sourceId" AND s.kind = 'official_statistics'
  JOIN "Period" p ON p.key = o."periodKey"
  WHERE o."indicatorCode" = $1 AND o."breakdownItemId" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Revision" v JOIN "Release" vr ON vr.id = v."releaseId" AND vr.status = 'published'
                    WHERE v."supersededId" = o.id)`;

const BASELINE_BENCHMARK = `
WITH cur AS (${CURRENT}),
latest AS (SELECT period FROM cur WHERE area = $2 ORDER BY "end" DESC LIMIT 1),
figs AS (SELECT cur.* FROM cur JOIN latest USING (period)),
councils AS (SELECT f.area, f.value FROM figs f JOIN "Area" a ON a.code = f.area
             WHERE a.level = 'local_authority' AND f.value IS NOT NULL)
SELECT (SELECT period FROM latest) AS period,
  (SELECT value FROM figs WHERE area = $2) AS value,
  (SELECT symbol FROM figs WHERE area = $2) AS symbol,
  (SELECT value FROM figs WHERE area = 'E92000001') AS england,
  (SELECT value FROM figs WHERE area = (SELECT "parentCode" FROM "Area" WHERE code = $2)) AS region,
  (SELECT count(*)::int FROM councils) AS out_of,
  (SELECT count(*)::int + 1 FROM councils WHERE value < (SELECT value FROM figs WHERE area = $2)) AS rank,
  (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) FROM councils) AS quartiles,
  (SELECT json_agg(json_build_object('position', n.position, 'closeness', n.closeness, 'value', f.value,
     'symbol', f.symbol, 'area', json_build_object('code', a.code, 'name', a.name)) ORDER BY n.position)
   FROM "StatisticalNeighbour" n JOIN "Area" a ON a.code = n."neighbourCode"
   LEFT JOIN figs f ON f.area = n."neighbourCode"
   WHERE n.model = 'SN_2025' AND n."areaCode" = $2) AS neighbours`;

const BASELINE_RANKING = `
WITH cur AS (${CURRENT}),
latest AS (SELECT period FROM cur JOIN "Area" a ON a.code = cur.area AND a.level = 'local_authority'
           ORDER BY "end" DESC LIMIT 1),
figs AS (SELECT cur.* FROM cur JOIN latest USING (period)),
councils AS (SELECT f.area, f.value, f.symbol, a.name FROM figs f JOIN "Area" a ON a.code = f.area
             WHERE a.level = 'local_authority'),
q AS (SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY value) AS q FROM councils WHERE value IS NOT NULL)
SELECT c.area, c.name, c.value, c.symbol,
  CASE WHEN c.value IS NULL THEN NULL ELSE rank() OVER (ORDER BY c.value ASC NULLS LAST) END AS rank,
  CASE WHEN c.value IS NULL THEN NULL WHEN c.value <= q.q[1] THEN 'A' WHEN c.value <= q.q[2] THEN 'B'
       WHEN c.value <= q.q[3] THEN 'C' ELSE 'D' END AS quartile,
  (SELECT period FROM latest) AS period,
  (SELECT value FROM figs WHERE area = 'E92000001') AS england
FROM councils c, q ORDER BY rank NULLS LAST, c.area`;

async function startBaseline(run: RawQuery): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? "";
      let body: unknown;
      if (path.startsWith("/benchmark")) {
        const [row] = await run(BASELINE_BENCHMARK, [INDICATOR, AREA]);
        const values = ((row?.neighbours ?? []) as { value: number | null }[]).flatMap((n) =>
          n.value === null ? [] : [n.value],
        );
        const sorted = [...values].sort((a, b) => a - b);
        const mid = (sorted.length - 1) / 2;
        body = {
          ...row,
          neighbourMean: values.reduce((a, b) => a + b, 0) / (values.length || 1),
          neighbourMedian: ((sorted[Math.floor(mid)] ?? 0) + (sorted[Math.ceil(mid)] ?? 0)) / 2,
        };
      } else body = await run(BASELINE_RANKING, [INDICATOR]);
      const text = JSON.stringify({ data: body });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(text);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, server };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** A closed loop: `clients` callers, each sending its next request when the last is answered. */
async function load(send: () => Promise<number>, clients: number) {
  const times: number[] = [];
  let bytes = 0;
  const until = performance.now() + DURATION_MS;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        bytes = await send();
        times.push(performance.now() - started);
      }
    }),
  );
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: times.length / (DURATION_MS / 1000),
    bytes,
  };
}

async function benchmarkBackend(backend: TestBackend): Promise<string[]> {
  const db = await createTestDatabase(backend, { log: [{ emit: "event", level: "query" }] });
  let statements = 0;
  (db.prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
    statements++;
  });
  await seedDatabase(db.prisma);
  await loadPublicStatistics(db.prisma);
  const api = await startApiServer(db.prisma, {
    ...LOCAL_API_CONFIG,
    environment: "production",
    rateLimitPerMinute: 10_000_000,
  });
  const post = (query: string) => async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return (await response.text()).length;
  };
  const count = async (query: string) => {
    statements = 0;
    await post(query)();
    return statements;
  };
  const before = { benchmark: await count(API_QUERIES.benchmark), ranking: await count(API_QUERIES.ranking) };
  const started = performance.now();
  await loadNationalStatistics(db.prisma);
  const loadSeconds = (performance.now() - started) / 1000;
  const after = { benchmark: await count(API_QUERIES.benchmark), ranking: await count(API_QUERIES.ranking) };
  const runner = rawQuery(db);
  const baseline = await startBaseline(runner.run);
  const get = (path: string) => async () => (await (await fetch(`${baseline.url}${path}`)).text()).length;
  const lines = [
    `${backend}: national files loaded in ${loadSeconds.toFixed(1)} s; statements per request (7 councils held → 160): benchmark ${String(before.benchmark)} → ${String(after.benchmark)}, councilRanking ${String(before.ranking)} → ${String(after.ranking)}`,
  ];
  for (const [name, query, path] of [
    ["benchmark", API_QUERIES.benchmark, "/benchmark"],
    ["councilRanking", API_QUERIES.ranking, "/ranking"],
  ] as const) {
    for (const clients of [1, 50]) {
      // Interleaved: a warm-up and the baseline between, so neither side has the machine to itself.
      await load(post(query), 1);
      const viaApi = await load(post(query), clients);
      const raw = await load(get(path), clients);
      lines.push(
        `| ${backend} | ${name} | ${String(clients)} | ${viaApi.p50.toFixed(1)} ms (p95 ${viaApi.p95.toFixed(1)}), ${viaApi.rps.toFixed(0)} req/s, ${String(viaApi.bytes)} B | ${raw.p50.toFixed(1)} ms (p95 ${raw.p95.toFixed(1)}), ${raw.rps.toFixed(0)} req/s, ${String(raw.bytes)} B | ${(viaApi.p50 / raw.p50).toFixed(1)}x |`,
      );
    }
  }
  baseline.server.close();
  await runner.close();
  await api.close();
  await db.destroy();
  return lines;
}

async function main(): Promise<void> {
  console.log("| database | request | clients | API p50 | hand-written SQL p50 | API / SQL |");
  console.log("|---|---|---|---|---|---|");
  for (const backend of testBackends) for (const line of await benchmarkBackend(backend)) console.log(line);
}

await main();

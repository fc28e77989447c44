import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectPaths, rawQuery, testBackends, type TestBackend } from "@csc/db";
import { createApiToken, startTestApi, type TestApi } from "@csc/api/testing";
import { loadNationalStatistics, loadPublicStatistics } from "@csc/importer";
import { startBaselineServer } from "../bench/baselineServer.ts";
import { dashboardRequests, type DashboardRequest } from "../bench/dashboardRequests.ts";
import { loadWithAutocannon, type LoadResult } from "../bench/loadWithAutocannon.ts";
import { settle } from "../bench/settle.ts";

/**
 * Every request the dashboard makes, against the API and against a bare node:http server
 * answering the same from hand-written SQL, side by side (interleaved) at 1, 10 and 50 clients,
 * with the shipped data and again with every council's; on PGlite and, with TEST_DATABASE_URL,
 * PostgreSQL. `--write` puts the table into docs/benchmarks.md.
 *
 * BENCH_SECONDS (default 5) is each run's length; BENCH_CLIENTS (default "1,10,50") the levels;
 * BENCH_KEPT_ANSWERS=off measures the API without its kept answers (every request built afresh).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENT_LEVELS = (process.env.BENCH_CLIENTS ?? "1,10,50").split(",").map(Number);
const KEEPS_ANSWERS = process.env.BENCH_KEPT_ANSWERS !== "off";
/** Only the requests whose names contain one of these (comma-separated), to measure one change. */
const ONLY = process.env.BENCH_REQUESTS?.split(",").map((part) => part.trim().toLowerCase());
const measured = (request: DashboardRequest) =>
  !ONLY || ONLY.some((part) => request.name.toLowerCase().includes(part));
if (ONLY && process.argv.includes("--write"))
  throw new Error("BENCH_REQUESTS measures some requests only: docs/benchmarks.md keeps the whole table.");
const SECTION = KEEPS_ANSWERS ? "dashboard-benchmark" : "dashboard-benchmark-afresh";
const BENCH_START = `<!-- ${SECTION}:start -->`;
const BENCH_END = `<!-- ${SECTION}:end -->`;

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(bytes >= 10_000 ? 0 : 1)} kB`;

function cell(result: LoadResult): string {
  if (result.requests === 0) return `none answered within ${String(SECONDS)} s`;
  const failed = result.failed > 0 ? `, **${String(result.failed)} failed**` : "";
  return `${ms(result.p50)} ms (p97.5 ${ms(result.p975)}), ${result.requestsPerSecond.toFixed(0)}/s${failed}`;
}

async function measure(
  api: TestApi,
  backend: TestBackend,
  data: string,
  statements: () => number,
): Promise<string[]> {
  const runner = rawQuery(api.db, 50);
  const baseline = await startBaselineServer(dashboardRequests, runner.run);
  const rows: string[] = [];
  const { token } = await createApiToken(api.db.prisma, `benchmark ${data}`, "viewer");
  const signedInAs = (request: DashboardRequest) => (request.signedIn ? token : undefined);
  try {
    // Counted first, each alone on a quiet server: under load, requests still in hand from the
    // last run would be counted too.
    const answers = [];
    for (const request of dashboardRequests) {
      const before = statements();
      const answer = await api.graphql(request.query, {
        variables: request.variables,
        token: signedInAs(request),
      });
      if (answer.status !== 200 || answer.body.errors)
        throw new Error(`${request.name}: ${JSON.stringify(answer.body.errors ?? answer.status)}`);
      answers.push({ used: statements() - before, apiBytes: JSON.stringify(answer.body).length });
    }
    for (const [index, request] of dashboardRequests.entries()) {
      if (!measured(request)) continue;
      const body = JSON.stringify({ query: request.query, variables: request.variables });
      const signedIn = signedInAs(request);
      const { used, apiBytes } = answers[index] ?? { used: NaN, apiBytes: NaN };
      const baselineBytes = (await (await fetch(baseline.urlOf(index))).text()).length;
      for (const clients of CLIENT_LEVELS) {
        // Interleaved, so that neither side has a quieter machine than the other.
        const viaApi = await loadWithAutocannon(
          {
            url: `${api.url}/graphql`,
            body,
            headers: signedIn ? { authorization: `Bearer ${signedIn}` } : {},
          },
          clients,
          SECONDS,
        );
        await settle();
        const viaSql = await loadWithAutocannon({ url: baseline.urlOf(index) }, clients, SECONDS);
        await settle();
        const answered = viaApi.requests > 0 && viaSql.requests > 0;
        const ratio = answered ? `${(viaApi.p50 / Math.max(viaSql.p50, 0.5)).toFixed(1)}x` : "–";
        const throughput = answered
          ? `${(viaApi.requestsPerSecond / Math.max(viaSql.requestsPerSecond, 1)).toFixed(1)}x`
          : "–";
        const row = `| ${backend} | ${data} | ${request.name} | ${String(clients)} | ${cell(viaApi)} | ${cell(viaSql)} | ${ratio} | ${throughput} | ${kb(apiBytes)} / ${kb(baselineBytes)} | ${String(used)} |`;
        console.log(row);
        rows.push(row);
      }
    }
  } finally {
    await baseline.close();
    await runner.close();
  }
  return rows;
}

async function benchmarkBackend(backend: TestBackend): Promise<{ rows: string[]; notes: string[] }> {
  let statements = 0;
  const api = await startTestApi(
    backend,
    {
      environment: "production",
      rateLimitPerMinute: 100_000_000,
      ...(KEEPS_ANSWERS ? {} : { answerCacheBytes: 0 }),
    },
    { log: [{ emit: "event", level: "query" }] },
  );
  (api.db.prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
    statements++;
  });
  try {
    await loadPublicStatistics(api.db.prisma);
    const shipped = await measure(api, backend, "shipped", () => statements);
    const started = performance.now();
    await loadNationalStatistics(api.db.prisma);
    const loading = (performance.now() - started) / 1000;
    const everyCouncil = await measure(api, backend, "every council", () => statements);
    // The API's own memory is measured in a process of its own: scripts/measureApiMemory.ts.
    return {
      rows: [...shipped, ...everyCouncil],
      notes: [`${backend}: every council's national files loaded in ${loading.toFixed(1)} s.`],
    };
  } finally {
    await api.stop();
  }
}

const header = [
  "| database | data | request | clients | API p50 (p97.5), req/s | hand-written SQL p50 (p97.5), req/s | API / SQL p50 | API / SQL req/s | answer: API / SQL | statements |",
  "|---|---|---|---|---|---|---|---|---|---|",
];
console.log(header.join("\n"));
const rows: string[] = [];
const notes: string[] = [];
for (const backend of testBackends) {
  const measured = await benchmarkBackend(backend);
  rows.push(...measured.rows);
  notes.push(...measured.notes);
}
for (const note of notes) console.log(note);

if (process.argv.includes("--write")) {
  const file = path.join(projectPaths.root, "docs", "benchmarks.md");
  const text = await readFile(file, "utf8");
  const start = text.indexOf(BENCH_START);
  const end = text.indexOf(BENCH_END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${BENCH_START} … ${BENCH_END} section.`);
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)}, ${String(SECONDS)} s per run, ${KEEPS_ANSWERS ? "answers kept" : "every answer built afresh (BENCH_KEPT_ANSWERS=off)"}:`,
    "",
    ...header,
    ...rows,
    "",
    ...notes.map((note) => `- ${note}`),
  ].join("\n");
  await writeFile(file, `${text.slice(0, start + BENCH_START.length)}\n${table}\n${text.slice(end)}`);
  console.log(`Written to ${file}.`);
}

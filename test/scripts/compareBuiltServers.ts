import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@csc/db";
import {
  createReaderToken,
  kilobytesOf,
  startBuiltServer,
  startScriptFlags,
  type BuiltServer,
} from "../bench/builtServer.ts";
import { dashboardRequests, type DashboardRequest } from "../bench/dashboardRequests.ts";
import { loadWithAutocannon } from "../bench/loadWithAutocannon.ts";

/**
 * Two or more builds of the API measured interleaved, which is how a change is judged on this
 * machine, whose speed drifts between runs by more than most changes move it. Each bundle in
 * BENCH_BUNDLES (paths from apps/api; default `dist/before.js,dist/main.js`) runs as `npm start`
 * runs it, all at once over one PostgreSQL database (TEST_DATABASE_URL) loaded as `npm start`
 * loads it, every council included; with BENCH_DATABASE=pglite, each over an embedded database
 * of its own (a directory belongs to one process), loaded the same way. For each dashboard
 * request (BENCH_REQUESTS: some only), each server in turn takes BENCH_CLIENTS (50) clients for
 * BENCH_SECONDS (3), in BENCH_ROUNDS (3) rounds whose order alternates; prints the medians.
 * BENCH_ACCEPT_ENCODING asks for compressed answers, as browsers do (`br`). To keep the build before a change:
 * `npm run build --workspace @csc/api && cp apps/api/dist/main.js apps/api/dist/before.js`.
 */
const BUNDLES = (process.env.BENCH_BUNDLES ?? "dist/before.js,dist/main.js").split(",");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING;
const ONLY = process.env.BENCH_REQUESTS?.split(",").map((part) => part.trim().toLowerCase());
const measured = (request: DashboardRequest) =>
  !ONLY || ONLY.some((part) => request.name.toLowerCase().includes(part));
const NODE_FLAGS = startScriptFlags().split(" ").filter(Boolean);
const EMBEDDED = process.env.BENCH_DATABASE === "pglite";

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!EMBEDDED && !process.env.TEST_DATABASE_URL)
  throw new Error(
    "Set TEST_DATABASE_URL (the servers share one PostgreSQL database), or BENCH_DATABASE=pglite.",
  );

const common = { ...process.env, NODE_ENV: "production", CSC_RATE_LIMIT: "100000000" };
const directories: string[] = [];
let db: TestDatabase | null = null;
const servers: BuiltServer[] = [];
try {
  const envs: NodeJS.ProcessEnv[] = [];
  if (EMBEDDED) {
    for (const bundle of BUNDLES) {
      const directory = await mkdtemp(path.join(tmpdir(), "csc-compare-"));
      directories.push(directory);
      const env = { ...common, DATABASE_URL: "", CSC_DATA_DIR: path.join(directory, "pglite") };
      // The first start migrates and loads what `npm start` loads; the server measured finds it there.
      await (await startBuiltServer(bundle, NODE_FLAGS, env)).stop();
      envs.push(env);
    }
  } else {
    db = await createTestDatabase("postgresql");
    if (db.config.kind !== "postgresql") throw new Error("Not a PostgreSQL database.");
    const env = { ...common, DATABASE_URL: db.config.url };
    await (await startBuiltServer(BUNDLES[0] ?? "dist/main.js", NODE_FLAGS, env)).stop();
    envs.push(...BUNDLES.map(() => env));
  }
  const tokens: string[] = [];
  for (const [index, bundle] of BUNDLES.entries()) {
    const env = envs[index] ?? common;
    servers.push(await startBuiltServer(bundle, NODE_FLAGS, env));
    // Over PGlite the token command hands itself to the server holding that directory.
    tokens.push(await createReaderToken(env, "compare"));
  }

  console.log(
    `Node ${process.version} ${NODE_FLAGS.join(" ")}; ${EMBEDDED ? "PGlite" : "PostgreSQL"}; ${String(CLIENTS)} clients, ${String(SECONDS)} s, ${String(ROUNDS)} rounds, medians; Accept-Encoding: ${ACCEPT_ENCODING ?? "none"}\n`,
  );
  console.log(`| request | ${BUNDLES.map((bundle) => `${bundle}: req/s (p50)`).join(" | ")} |`);
  console.log(`|---|${BUNDLES.map(() => "---|").join("")}`);
  const summed = BUNDLES.map(() => 0);
  for (const request of dashboardRequests.filter(measured)) {
    const rates: number[][] = BUNDLES.map(() => []);
    const p50s: number[][] = BUNDLES.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const order = servers.map((_, index) => (round % 2 === 0 ? index : servers.length - 1 - index));
      for (const index of order) {
        const server = servers[index];
        if (!server) continue;
        const result = await loadWithAutocannon(
          {
            url: `http://127.0.0.1:${String(server.port)}/graphql`,
            body: JSON.stringify({ query: request.query, variables: request.variables }),
            headers: {
              ...(request.signedIn ? { authorization: `Bearer ${tokens[index] ?? ""}` } : {}),
              ...(ACCEPT_ENCODING ? { "accept-encoding": ACCEPT_ENCODING } : {}),
            },
          },
          CLIENTS,
          SECONDS,
        );
        if (result.failed > 0)
          throw new Error(
            `${BUNDLES[index] ?? ""}, ${request.name}: ${String(result.failed)} requests failed.`,
          );
        rates[index]?.push(result.requestsPerSecond);
        p50s[index]?.push(result.p50);
      }
    }
    const cells = BUNDLES.map((_, index) => {
      const rate = median(rates[index] ?? []);
      summed[index] = (summed[index] ?? 0) + rate;
      return `${rate.toFixed(0)} (${median(p50s[index] ?? []).toFixed(0)} ms)`;
    });
    console.log(`| ${request.name} | ${cells.join(" | ")} |`);
  }
  console.log(`| summed | ${summed.map((rate) => rate.toFixed(0)).join(" | ")} |`);
  // The servers ran side by side, so each peak is its own process's.
  console.log(
    `| peak resident | ${servers.map((server) => `${(kilobytesOf(server.pid, "VmHWM") / 1024).toFixed(0)} MB`).join(" | ")} |`,
  );
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await db?.destroy();
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
}

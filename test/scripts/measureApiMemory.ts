import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase, testBackends } from "@csc/db";
import { createReaderToken, kilobytesOf, startBuiltServer, startScriptFlags } from "../bench/builtServer.ts";
import { dashboardRequests } from "../bench/dashboardRequests.ts";
import { loadWithAutocannon, type LoadRequest } from "../bench/loadWithAutocannon.ts";

/**
 * The API's own memory under load: the server built by `npm run build`, started as `npm start`
 * starts it, in its own process, once to migrate and load the seed, the shipped statistics and
 * every council's national files, and again (finding them loaded) as a server restarts in
 * production; then every dashboard request in turn from 50 clients for BENCH_SECONDS (default 5)
 * each. Prints the process's peak resident memory (VmHWM) on PGlite and, with TEST_DATABASE_URL,
 * PostgreSQL, with answers kept and with every answer built afresh (CSC_ANSWER_CACHE_MB=0).
 * BENCH_ACCEPT_ENCODING (e.g. "br") asks for compressed answers, as a browser does;
 * BENCH_NODE_FLAGS replaces the Node flags of the `start` script.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING;
const CLIENTS = 50;
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? startScriptFlags()).split(" ").filter(Boolean);

async function measure(database: Record<string, string>, keepAnswers: boolean): Promise<string> {
  await serve(database, keepAnswers, () => Promise.resolve(""));
  return serve(database, keepAnswers, (pid, env, port) =>
    loadEveryRequest(pid, env, port, keepAnswers, database),
  );
}

async function serve(
  database: Record<string, string>,
  keepAnswers: boolean,
  work: (pid: number, env: NodeJS.ProcessEnv, port: number) => Promise<string>,
): Promise<string> {
  const env = {
    ...process.env,
    ...database,
    NODE_ENV: "production",
    CSC_RATE_LIMIT: "100000000",
    CSC_ANSWER_CACHE_MB: keepAnswers ? "64" : "0",
  };
  const server = await startBuiltServer("dist/main.js", NODE_FLAGS, env);
  try {
    return await work(server.pid, env, server.port);
  } finally {
    await server.stop();
  }
}

async function loadEveryRequest(
  pid: number,
  env: NodeJS.ProcessEnv,
  port: number,
  keepAnswers: boolean,
  database: Record<string, string>,
): Promise<string> {
  const afterStart = kilobytesOf(pid, "VmRSS");
  const token = await createReaderToken(env, "memory");
  for (const request of dashboardRequests) {
    const asked: LoadRequest = {
      url: `http://127.0.0.1:${String(port)}/graphql`,
      body: JSON.stringify({ query: request.query, variables: request.variables }),
      headers: {
        ...(request.signedIn ? { authorization: `Bearer ${token}` } : {}),
        ...(ACCEPT_ENCODING ? { "accept-encoding": ACCEPT_ENCODING } : {}),
      },
    };
    const load = await loadWithAutocannon(asked, CLIENTS, SECONDS);
    // An answer that is an error is quick and small: it would have flattered the figures. Asked
    // after the load, so that the load's first requests still build the answer.
    const once = await fetch(asked.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...asked.headers },
      body: asked.body,
    });
    const answer = (await once.json()) as { errors?: unknown };
    if (!once.ok || answer.errors)
      throw new Error(`${request.name}: ${String(once.status)} ${JSON.stringify(answer.errors ?? null)}`);
    // Which request raised the peak, for the reader of the table.
    console.error(
      `  ${request.name}: peak so far ${(kilobytesOf(pid, "VmHWM") / 1024).toFixed(0)} MB, ${load.requestsPerSecond.toFixed(0)} requests a second, ${String(load.failed)} failed`,
    );
  }
  const backend = database.DATABASE_URL ? "PostgreSQL" : "PGlite";
  const mode = keepAnswers ? "answers kept" : "every answer afresh";
  return `| ${backend} | ${mode} | ${(afterStart / 1024).toFixed(0)} MB | ${(kilobytesOf(pid, "VmHWM") / 1024).toFixed(0)} MB | ${(kilobytesOf(pid, "VmRSS") / 1024).toFixed(0)} MB |`;
}

async function withPglite<T>(work: (database: Record<string, string>) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), "csc-memory-"));
  try {
    return await work({ CSC_DATA_DIR: directory });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A fresh, migrated PostgreSQL database of the tests' kind, dropped afterwards. */
async function withPostgres<T>(work: (database: Record<string, string>) => Promise<T>): Promise<T> {
  const db = await createTestDatabase("postgresql");
  try {
    if (db.config.kind !== "postgresql") throw new Error("Not a PostgreSQL database.");
    return await work({ DATABASE_URL: db.config.url });
  } finally {
    await db.destroy();
  }
}

console.log(`Node ${process.version} ${NODE_FLAGS.join(" ")}, ${String(SECONDS)} s per request\n`);
console.log(
  "| database | API | resident after a restart | peak resident under 50 clients | resident at the end |",
);
console.log("|---|---|---|---|---|");
for (const keepAnswers of [true, false]) {
  console.log(await withPglite((database) => measure(database, keepAnswers)));
  if (testBackends.includes("postgresql"))
    console.log(await withPostgres((database) => measure(database, keepAnswers)));
}

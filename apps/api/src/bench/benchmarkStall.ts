import { print, parse } from "graphql";
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { createTestDatabase } from "@csc/db";
import { generateTidyFile, importFiles, seedDatabase } from "@csc/importer";
import { createContext } from "../context.ts";
import { schema } from "../schema/index.ts";
import { LOCAL_API_CONFIG } from "../server/apiConfig.ts";
import { startApiServer } from "../server/startApiServer.ts";

/**
 * Can one caller stall everyone? Loads a national-sized table (300 councils), finds the heaviest
 * anonymous query the limits allow, runs three of them at once, and meanwhile times a cheap query
 * every 50 ms. Prints the cheap query's latency with and without the load, beside the time the
 * same rows take through the raw driver with hand-written SQL.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const CHEAP = "{ topics { code name } }";
const ALIAS = (i: number) =>
  `a${String(i)}: indicator(code: "cla-count") { series { area { code name } points { period { label } value formatted sources { title citation } } } }`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function main(): Promise<void> {
  const db = await createTestDatabase("pglite");
  await seedDatabase(db.prisma);
  await importFiles(
    db.prisma,
    [{ name: "cla_number_and_rate_per_10k_children.csv", bytes: generateTidyFile(ROWS) }],
    {
      createdBy: "benchmark",
      publish: true,
      checkQuality: false,
    },
  );
  const server = await startApiServer(db.prisma, {
    ...LOCAL_API_CONFIG,
    environment: "production",
    rateLimitPerMinute: 100_000,
  });
  const post = async (query: string) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    return { ms: performance.now() - started, status: response.status, bytes: text.length };
  };

  // The most aliases of an every-council series the anonymous budget allows.
  const anonymous = createContext(db.prisma, { role: null, tokenName: null }, LOCAL_API_CONFIG);
  let aliases = 0;
  while (aliases < 20) {
    const query = `{ ${Array.from({ length: aliases + 1 }, (_, i) => ALIAS(i)).join(" ")} }`;
    const { complexity } = complexityFromQuery(print(parse(query)), { schema, ctx: anonymous });
    if (complexity > LOCAL_API_CONFIG.queryBudget.anonymous) break;
    aliases++;
  }
  const heavy = `{ ${Array.from({ length: aliases }, (_, i) => ALIAS(i)).join(" ")} }`;
  const tooHeavy = `{ ${Array.from({ length: aliases + 1 }, (_, i) => ALIAS(i)).join(" ")} }`;

  for (let i = 0; i < 5; i++) await post(CHEAP);
  const idle: number[] = [];
  for (let i = 0; i < 40; i++) idle.push((await post(CHEAP)).ms);

  const points = await db.prisma.observation.count({ where: { indicatorCode: "cla-count" } });
  const rawStarted = performance.now();
  await db.pglite?.query(
    `SELECT o.id, o."areaCode", a.name, o."periodKey", p.label, o.value, s.title, o.citation
     FROM "Observation" o JOIN "Area" a ON a.code = o."areaCode" JOIN "Period" p ON p.key = o."periodKey"
     JOIN "Source" s ON s.id = o."sourceId" JOIN "Release" r ON r.id = o."releaseId"
     WHERE o."indicatorCode" = 'cla-count' AND r.status = 'published' ORDER BY o.id`,
  );
  const rawMs = performance.now() - rawStarted;

  let peakRss = process.memoryUsage().rss;
  const loaded: number[] = [];
  const heavyDone = new AbortController();
  const sampler = (async () => {
    while (!heavyDone.signal.aborted) {
      loaded.push((await post(CHEAP)).ms);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const heavyRuns = await Promise.all([post(heavy), post(heavy), post(heavy)]);
  heavyDone.abort();
  await sampler;
  const refused = await post(tooHeavy);

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `Data: ${String(points)} cla-count figures for ${String(await db.prisma.area.count())} areas (${String(ROWS)}-row DfE table).`,
  );
  console.log(
    `Heaviest anonymous query allowed: ${String(aliases)} aliases of every council's cla-count series with sources.`,
  );
  console.log(`  one more alias: HTTP ${String(refused.status)} in ${ms(refused.ms)}`);
  console.log(
    `Three at once: ${heavyRuns.map((run) => `${ms(run.ms)} (HTTP ${String(run.status)}, ${(run.bytes / 1e6).toFixed(2)} MB)`).join(", ")}`,
  );
  console.log(`Same rows through the raw driver, hand-written SQL: ${ms(rawMs)}`);
  console.log(`Cheap query alone:           p50 ${ms(percentile(idle, 50))}, max ${ms(Math.max(...idle))}`);
  console.log(
    `Cheap query during the load: p50 ${ms(percentile(loaded, 50))}, p95 ${ms(percentile(loaded, 95))}, max ${ms(Math.max(...loaded))} (${String(loaded.length)} samples)`,
  );
  console.log(`Peak RSS: ${String(Math.round(peakRss / 2 ** 20))} MB`);
  await server.close();
  await db.destroy();
}

await main();
process.exit(0);

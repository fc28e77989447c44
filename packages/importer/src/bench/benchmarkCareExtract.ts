import { referenceAreas } from "@csc/domain";
import { createTestDatabase, rawQuery, type TestBackend, type TestDatabase } from "@csc/db";
import { importFiles } from "../import/importFiles.ts";
import { readCareExtract } from "../ssda903/readCareExtract.ts";
import { splitCareExtract } from "../ssda903/splitCareExtract.ts";
import { generateCareExtract } from "./generateCareExtract.ts";
import { onEachBackend } from "./onEachBackend.ts";
import { loadReferenceDataOnly } from "./referenceDataOnly.ts";

/**
 * Times counting an SSDA903 extract and loading its figures, against a baseline: the same
 * episodes put in a table with the raw driver and the headline counts (starts, ceased and those
 * looked after at each month's end, per month, quarter and year) worked out by one hand-written
 * SQL statement. Run: npm run bench:care --workspace @csc/importer (TEST_DATABASE_URL for PostgreSQL).
 */
const EPISODES = Number(process.env.BENCH_EPISODES ?? 50_000);
const AREA = "E10000014";

const BASELINE_SQL = `
WITH periods AS (
  SELECT 'month' AS kind, d::date AS start, (d + interval '1 month' - interval '1 day')::date AS "end"
    FROM generate_series($1::date, $2::date, interval '1 month') d
  UNION ALL
  SELECT 'quarter', d::date, (d + interval '3 months' - interval '1 day')::date
    FROM generate_series($1::date, $2::date, interval '3 months') d
  UNION ALL
  SELECT 'year', d::date, (d + interval '1 year' - interval '1 day')::date
    FROM generate_series($1::date, $2::date, interval '1 year') d
), counted AS (SELECT * FROM care_episode WHERE ls NOT IN ('V3', 'V4'))
SELECT p.kind, p.start::text AS start, p."end"::text AS "end",
  (SELECT count(DISTINCT child) FROM counted WHERE rne = 'S' AND decom BETWEEN p.start AND p."end") AS starts,
  (SELECT count(DISTINCT child) FROM counted WHERE rec IS NOT NULL AND rec <> 'X1' AND dec BETWEEN p.start AND p."end") AS ceased,
  (SELECT count(DISTINCT child) FROM counted WHERE decom <= p."end" AND (dec IS NULL OR dec > p."end")) AS looked_after
FROM periods p WHERE p."end" <= $3::date ORDER BY p.kind, p.start`;

const seconds = (started: number) => (performance.now() - started) / 1000;
const iso = (uk: string) => (uk ? `${uk.slice(6, 10)}-${uk.slice(3, 5)}-${uk.slice(0, 2)}` : null);

/** The baseline: load the episodes with one statement, count with another. */
async function baseline(db: TestDatabase, episodesCsv: Uint8Array) {
  const driver = rawQuery(db, 1);
  try {
    const loadStarted = performance.now();
    const rows = new TextDecoder()
      .decode(episodesCsv)
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(","));
    const column = (i: number) => rows.map((cells) => cells[i] ?? "");
    await driver.run(
      "CREATE TABLE care_episode (child text, decom date, rne text, ls text, place text, dec date, rec text)",
      [],
    );
    await driver.run(
      "INSERT INTO care_episode SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])",
      [
        column(0),
        column(1).map(iso),
        column(2),
        column(3),
        column(5),
        column(7).map(iso),
        column(8).map((r, i) => (rows[i]?.[7] ? r : null)),
      ],
    );
    const loaded = seconds(loadStarted);
    const countStarted = performance.now();
    const counts = await driver.run(BASELINE_SQL, ["2019-04-01", "2021-03-01", "2021-03-31"]);
    return { loaded, counted: seconds(countStarted), counts };
  } finally {
    await driver.run("DROP TABLE IF EXISTS care_episode", []);
    await driver.close();
  }
}

async function benchmark(backend: TestBackend): Promise<void> {
  const db = await createTestDatabase(backend);
  try {
    await loadReferenceDataOnly(db.prisma);
    const files = generateCareExtract(EPISODES);
    const started = performance.now();
    const { extract } = splitCareExtract(files);
    const derived = readCareExtract(extract, AREA, { areas: referenceAreas, sourceKeys: new Set() });
    const derivedSeconds = seconds(started);
    const importStarted = performance.now();
    const summary = await importFiles(db.prisma, files, {
      createdBy: "benchmark",
      area: AREA,
      publish: true,
      checkQuality: false,
    });
    const importSeconds = seconds(importStarted);
    const episodesFile = files.find((f) => f.name === "episodes.csv");
    const base = episodesFile ? await baseline(db, episodesFile.bytes) : null;
    // The baseline checks the counting too: every figure it works out must be the same.
    const derivedValue = (indicator: string, start: string, end: string) =>
      derived.records.find(
        (r) =>
          r.indicator.code === indicator &&
          (indicator === "cla-count"
            ? r.period.start === end
            : r.period.start === start && r.period.end === end),
      )?.figure.value;
    const compared = (base?.counts ?? []).flatMap((row) => {
      const [start, end] = [String(row.start), String(row.end)];
      return [
        [Number(row.starts), derivedValue("cla-starts", start, end)],
        [Number(row.ceased), derivedValue("cla-ceased", start, end)],
        [Number(row.looked_after), derivedValue("cla-count", start, end)],
      ];
    });
    const disagreeing = compared.filter(([sql, ours]) => sql !== ours).length;
    console.log(
      `${backend.padEnd(10)} ${EPISODES.toLocaleString("en-GB")} episodes: read, checked and counted in ${derivedSeconds.toFixed(2)} s ` +
        `(${derived.records.length.toLocaleString("en-GB")} figures); whole import (read, check, count, load) ${importSeconds.toFixed(2)} s, ` +
        `${String(summary.files[0]?.result.inserted ?? 0)} figures written`,
    );
    if (base)
      console.log(
        `${backend.padEnd(10)} baseline, raw driver: episodes loaded in ${base.loaded.toFixed(2)} s, starts, ceased and month-end counts by hand-written SQL in ${base.counted.toFixed(2)} s; ` +
          `${String(compared.length)} figures compared, ${String(disagreeing)} different`,
      );
  } finally {
    await db.destroy();
  }
}

await onEachBackend(benchmark);

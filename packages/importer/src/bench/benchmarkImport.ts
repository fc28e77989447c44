import { createTestDatabase, type TestBackend } from "@csc/db";
import { importFiles } from "../import/importFiles.ts";
import { generateTidyFile } from "./generateTidyFile.ts";
import { onEachBackend } from "./onEachBackend.ts";
import { loadReferenceDataOnly } from "./referenceDataOnly.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

/** Peak resident memory while `run` works, sampled every 20 ms. */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await run();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

async function benchmark(backend: TestBackend): Promise<void> {
  const db = await createTestDatabase(backend);
  try {
    await loadReferenceDataOnly(db.prisma);
    const first = generateTidyFile(ROWS);
    const revised = generateTidyFile(ROWS, { revise: 100 });
    const runs = [
      ["first import", first, false],
      ["same file again", first, false],
      ["revising 1% of counts", revised, false],
      ["dry run of a new file, with quality rules", generateTidyFile(ROWS, { revise: 7 }), true],
    ] as const;
    for (const [label, bytes, dryRun] of runs) {
      const { result, seconds, peakMb } = await measured(() =>
        importFiles(db.prisma, [{ name: "generated.csv", bytes }], {
          createdBy: "benchmark",
          publish: true,
          dryRun,
          checkQuality: dryRun,
        }),
      );
      const file = result.files[0];
      console.log(
        `${backend.padEnd(10)} ${label.padEnd(42)} ${ROWS.toLocaleString("en-GB")} rows, ${(file?.figures ?? 0).toLocaleString("en-GB")} figures ` +
          `(${String(file?.result.inserted ?? 0)} new, ${String(file?.result.revised ?? 0)} revised) in ${seconds.toFixed(2)} s: ` +
          `${Math.round(ROWS / seconds).toLocaleString("en-GB")} rows/s, peak RSS ${String(peakMb)} MB`,
      );
    }
  } finally {
    await db.destroy();
  }
}

await onEachBackend(benchmark);

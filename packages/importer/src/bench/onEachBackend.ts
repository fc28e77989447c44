import os from "node:os";
import type { TestBackend } from "@csc/db";

/** Prints the machine, then runs a benchmark on PGlite and, where TEST_DATABASE_URL is set, PostgreSQL. */
export async function onEachBackend(benchmark: (backend: TestBackend) => Promise<void>): Promise<void> {
  console.log(
    `Machine: ${String(os.cpus().length)} × ${os.cpus()[0]?.model ?? "CPU"}, ${String(Math.round(os.totalmem() / 2 ** 30))} GB RAM, Node ${process.version}`,
  );
  await benchmark("pglite");
  if (process.env.TEST_DATABASE_URL) await benchmark("postgresql");
  else
    console.log(
      "PostgreSQL: set TEST_DATABASE_URL (a server the benchmark may create a database on) to measure it too.",
    );
}

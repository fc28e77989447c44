import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  openDatabase,
  testBackends,
  type PrismaClient,
  type TestDatabase,
} from "@csc/db";
import { generateTidyFile } from "../bench/generateTidyFile.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";

const CLI = fileURLToPath(new URL("../cli/importCli.ts", import.meta.url));

async function contents(prisma: PrismaClient) {
  return {
    observations: await prisma.observation.count(),
    releases: await prisma.release.count(),
    revisions: await prisma.revision.count(),
    areas: await prisma.area.count(),
    periods: await prisma.period.count(),
  };
}

describe.each(testBackends)("an import killed part-way on %s", (backend) => {
  let db: TestDatabase;
  let directory: string;
  let file: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
    directory = await mkdtemp(path.join(tmpdir(), "csc-killed-"));
    file = path.join(directory, "big.csv");
    // 200,000 figures for 300 councils new to the platform: seconds of writing to be killed in.
    await writeFile(file, generateTidyFile(100_000));
  });
  afterAll(async () => {
    await db.destroy().catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
  });

  it("leaves the database as it was", { timeout: 120_000 }, async () => {
    const before = await contents(db.prisma);
    // The embedded database is one process's at a time: hand it to the importer.
    await db.close();
    const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: directory };
    delete env.DATABASE_URL;
    delete env.CSC_DATA_DIR;
    if (db.config.kind === "postgresql") env.DATABASE_URL = db.config.url;
    else env.CSC_DATA_DIR = db.config.directory ?? "";
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--publish", "big.csv"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const writing = new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("writing them in one transaction")) resolve();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on("exit", () => {
        reject(new Error(`The importer ended before writing:\n${output}`));
      });
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => {
        resolve(signal);
      }),
    );
    await writing;
    // Well inside the several seconds the write takes (docs/benchmarks.md).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(output).not.toMatch(/dfe-cla-numbers-and-rates v1/);

    // PGlite does not delete a killed session's temporary tables itself; opening the directory does.
    const dataDirectory = db.config.kind === "pglite" ? db.config.directory : null;
    if (dataDirectory) expect(tempRelationFiles(dataDirectory).length).toBeGreaterThan(0);
    const reopened = await openDatabase(db.config);
    if (dataDirectory) expect(tempRelationFiles(dataDirectory)).toEqual([]);
    try {
      expect(await contents(reopened.prisma)).toEqual(before);
      expect(await reopened.prisma.area.count({ where: { name: { startsWith: "Authority " } } })).toBe(0);
    } finally {
      await reopened.close();
    }
  });
});

function tempRelationFiles(directory: string): string[] {
  const base = path.join(directory, "base");
  return readdirSync(base).flatMap((database) =>
    readdirSync(path.join(base, database)).filter((file) => /^t\d+_\d+/.test(file)),
  );
}

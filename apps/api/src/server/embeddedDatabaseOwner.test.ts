import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataDirectoryInUse, lockFileOf, openDatabase } from "@csc/db";

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const MAIN = here("../main.ts");
const TOKENS = here("../cli/tokensCli.ts");
const IMPORT = here("../../../../packages/importer/src/cli/importCli.ts");
const MIGRATE = here("../../../../packages/db/src/migrations/migrateCli.ts");
/** Hampshire's children looked after at 31 March 2025, corrected from 1,738. */
const CORRECTION = [
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000",
  "2025,Reporting year,Local authority,E92000001,England,E12000008,South East,850,Hampshire,E10000014,Children looked after on 31 March each year,288730,1740,60",
].join("\n");

interface Run {
  code: number | null;
  output: string;
}

function start(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NODE_ENV: "development" };
  delete childEnv.DATABASE_URL;
  return spawn(process.execPath, ["--import", "tsx", script, ...args], { env: childEnv });
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const child = start(script, args, env);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      resolve({ code, output });
    }),
  );
}

/** The embedded database is one process's: the running server's, with the CLI going through it. */
describe("the embedded database held by a running server", () => {
  let directory: string;
  let dataDir: string;
  let server: ChildProcessWithoutNullStreams;
  let url: string;
  const env = () => ({ CSC_DATA_DIR: dataDir, PORT: "0", CSC_DASHBOARD_DIR: "nowhere" });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "csc-owner-"));
    dataDir = path.join(directory, "pglite");
    server = start(MAIN, [], env());
    let output = "";
    url = await new Promise<string>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const address = /API \(development\) at (http:\/\/\S+)\/graphql/.exec(output);
        if (address?.[1] && output.includes("run in this server")) resolve(address[1]);
      });
      server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      server.on("exit", () => {
        reject(new Error(`The server stopped:\n${output}`));
      });
    });
  }, 120_000);

  afterAll(async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.on("exit", resolve));
    await rm(directory, { recursive: true, force: true });
  });

  const ask = async (token: string) =>
    (
      await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ viewer { role } }" }),
      })
    ).status;

  it("refuses a second server at once, naming CSC_DATA_DIR and the process holding it", async () => {
    const second = await run(MAIN, [], env());
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      `The embedded database in ${dataDir} (CSC_DATA_DIR) is in use by process ${String(server.pid)}`,
    );
  }, 60_000);

  it("refuses to open the directory in another process, rather than corrupt it", async () => {
    await expect(openDatabase({ kind: "pglite", directory: dataDir })).rejects.toBeInstanceOf(
      DataDirectoryInUse,
    );
  });

  it("runs the tokens command in the server: a new token works and a revoked one fails at once", async () => {
    const created = await run(TOKENS, ["create", "--name", "Jo Bloggs", "--role", "author"], env());
    expect(created.output).toContain(`run by the server holding the database, process ${String(server.pid)}`);
    const token = /csc_[\w-]+/.exec(created.output)?.[0] ?? "";
    expect(await ask(token)).toBe(200);
    const revoked = await run(TOKENS, ["revoke", "Jo Bloggs"], env());
    expect(revoked.code).toBe(0);
    expect(await ask(token)).toBe(401);
  }, 60_000);

  it("runs an import in the server, and the API shows the draft to authors at once", async () => {
    const created = await run(TOKENS, ["create", "--name", "Insight", "--role", "author"], env());
    const token = /csc_[\w-]+/.exec(created.output)?.[0] ?? "";
    writeFileSync(path.join(directory, "correction.csv"), CORRECTION);
    const imported = await run(IMPORT, ["correction.csv"], { ...env(), INIT_CWD: directory });
    expect(imported.code).toBe(0);
    expect(imported.output).toMatch(
      /is dfe-cla-numbers-and-rates v\d+, release \d+ \(draft\): 0 new, 2 revised/,
    );
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ releases(first: 1) { edges { node { dataset status } } } }" }),
    });
    const body = (await response.json()) as { data: { releases: { edges: { node: unknown }[] } } };
    expect(body.data.releases.edges[0]?.node).toEqual({
      dataset: "dfe-cla-numbers-and-rates",
      status: "DRAFT",
    });
    const status = await run(MIGRATE, ["status"], env());
    expect(status.output).toContain("has every migration applied");
  }, 60_000);
});

describe("opening an embedded database", () => {
  it("takes over a lock left by a process that no longer runs", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "csc-stale-"));
    const dataDir = path.join(directory, "pglite");
    try {
      writeFileSync(
        lockFileOf(dataDir),
        JSON.stringify({ pid: 2 ** 22 + 1, command: "killed", since: "", controlSocket: null }),
      );
      const db = await openDatabase({ kind: "pglite", directory: dataDir });
      await db.close();
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("says which CSC_DATA_DIR it could not use, and what to do, when it is damaged or not a directory", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "csc-broken-"));
    try {
      const notADirectory = path.join(directory, "file");
      writeFileSync(notADirectory, "");
      await expect(
        openDatabase({ kind: "pglite", directory: path.join(notADirectory, "pglite") }),
      ).rejects.toThrow(/The embedded database in .*file\/pglite \(CSC_DATA_DIR\) could not be opened/);
      const damaged = path.join(directory, "damaged");
      mkdirSync(path.join(damaged, "global"), { recursive: true });
      writeFileSync(path.join(damaged, "PG_VERSION"), "17\n");
      writeFileSync(path.join(damaged, "global", "pg_control"), "not a control file");
      await expect(openDatabase({ kind: "pglite", directory: damaged })).rejects.toThrow(
        /\(CSC_DATA_DIR\) could not be opened: .*restore it from a backup, or move it aside/,
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

import { execFile, spawn, type ChildProcessByStdio } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { projectPaths } from "@csc/db";

/** Where the API's package is: the built server and its command-line tools run from there. */
export const API_DIRECTORY = path.join(projectPaths.root, "apps", "api");

/** Node's flags in the API's `start` script, so that a server runs here as `npm start` runs it. */
export function startScriptFlags(): string {
  const manifest = path.join(API_DIRECTORY, "package.json");
  const { scripts } = JSON.parse(readFileSync(manifest, "utf8")) as { scripts: { start: string } };
  const flags = /^node (.*) dist\/main\.js$/.exec(scripts.start)?.[1];
  if (flags === undefined)
    throw new Error(`${manifest}: the start script no longer runs node … dist/main.js.`);
  return flags;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface BuiltServer {
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * A built server (`bundle`, from the API's folder) in a process of its own, node itself rather
 * than npm so that the process is the server, on a free port; resolves once it says it is ready.
 */
export async function startBuiltServer(
  bundle: string,
  nodeFlags: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<BuiltServer> {
  const port = await freePort();
  const server: ChildProcessByStdio<null, Readable, null> = spawn(process.execPath, [...nodeFlags, bundle], {
    cwd: API_DIRECTORY,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("CSC Insight API")) resolve();
    });
    server.on("exit", (code) => {
      reject(new Error(`${bundle} stopped (${String(code)}) before it was ready.`));
    });
  });
  return {
    port,
    pid: server.pid ?? 0,
    async stop() {
      server.kill("SIGTERM");
      await exited;
    },
  };
}

/** A process's resident memory now (VmRSS) or at its peak (VmHWM), in kB, from Linux's /proc. */
export const kilobytesOf = (pid: number, field: "VmHWM" | "VmRSS") =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${String(pid)}/status`, "utf8"))?.[1]);

const run = promisify(execFile);

/** A reader's API token, made with the token command over the database `env` names. */
export async function createReaderToken(env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "src/cli/tokensCli.ts", "create", "--name", name, "--role", "viewer"],
    { cwd: API_DIRECTORY, env },
  );
  // The token is on a line of its own; the line before names the database, whose name may start "csc_".
  const token = /^\s*(csc_[\w-]+)\s*$/m.exec(stdout)?.[1];
  if (!token) throw new Error(`No token in: ${stdout}`);
  return token;
}

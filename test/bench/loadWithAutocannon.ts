import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const autocannonCli = path.join(path.dirname(require.resolve("autocannon/package.json")), "autocannon.js");

/** What autocannon measured for one request at one level of concurrency. */
export interface LoadResult {
  readonly p50: number;
  /** autocannon reports 97.5 and 99, not 95: the nearer, stricter one is used. */
  readonly p975: number;
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** Requests that failed, timed out or were answered other than 200. */
  readonly failed: number;
}

export interface LoadRequest {
  readonly url: string;
  /** A JSON body to POST; without one, a GET. */
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Loads one address with `connections` clients for `seconds`, each sending its next request when
 * the last is answered. autocannon runs in its own process, so the servers measured keep the
 * benchmark's process (and its core) to themselves.
 */
export async function loadWithAutocannon(
  request: LoadRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const args = [
    autocannonCli,
    "--json",
    "--connections",
    String(connections),
    "--duration",
    String(seconds),
    "--timeout",
    "120",
  ];
  for (const [name, value] of Object.entries(request.headers ?? {}))
    args.push("--headers", `${name}=${value}`);
  if (request.body !== undefined)
    args.push("--method", "POST", "--headers", "content-type=application/json", "--body", request.body);
  args.push(request.url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    latency: { p50: number; p97_5: number };
    requests: { average: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

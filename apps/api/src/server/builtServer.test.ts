import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lockFileOf } from "@csc/db";

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const API_DIRECTORY = here("../..");
const BUNDLE = "dist/main.js";

function scriptOf(name: "start" | "serve"): string {
  const manifest = JSON.parse(readFileSync(path.join(API_DIRECTORY, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  return manifest.scripts[name] ?? "";
}

/**
 * `npm start` and `npm run serve` run the bundle `npm run build` makes with Node alone, with
 * flags of V8's that a later Node could drop: the server must still start with them, on every
 * Node version CI runs, on a new checkout, and stop cleanly.
 */
describe("the built server", () => {
  it("starts as npm start and npm run serve run it, and serves the API", async () => {
    expect(existsSync(path.join(API_DIRECTORY, BUNDLE)), `${BUNDLE} is missing: run npm run build`).toBe(
      true,
    );
    const command = scriptOf("start");
    expect(scriptOf("serve")).toBe(command);
    const [program, ...args] = command.split(" ");
    expect(program).toBe("node");
    expect(args.at(-1)).toBe(BUNDLE);

    const directory = await mkdtemp(path.join(tmpdir(), "csc-built-"));
    // As npm start's default, .data/pglite, on a new checkout: neither folder there yet.
    const dataDirectory = path.join(directory, ".data", "pglite");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      CSC_DATA_DIR: dataDirectory,
      PORT: "0",
    };
    delete env.DATABASE_URL;
    const server = spawn(process.execPath, args, { cwd: API_DIRECTORY, env });
    let output = "";
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const address = /API \(production\) at (http:\/\/\S+)\/graphql/.exec(output);
          if (address?.[1]) resolve(address[1]);
        };
        server.stdout.on("data", read);
        server.stderr.on("data", read);
        server.on("exit", (code) => {
          reject(new Error(`The built server stopped (${String(code)}) before it was ready:\n${output}`));
        });
      });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      const answer = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ area(code: "E10000014") { name } }' }),
      });
      expect(await answer.json()).toEqual({ data: { area: { name: "Hampshire" } } });
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");

      // Stopped as a service manager or Ctrl-C stops it: it finishes, gives the database back
      // and reports success.
      const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      expect(await exited, output).toBe(0);
      expect(existsSync(lockFileOf(dataDirectory))).toBe(false);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const stopped = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGKILL");
        await stopped;
      }
      await rm(directory, { recursive: true, force: true });
    }
  });
});

import { request } from "node:http";
import type { DatabaseConfig } from "../databaseConfig.ts";
import type { Database } from "../openDatabase.ts";
import { openMigratedDatabase } from "../openMigratedDatabase.ts";
import { DataDirectoryInUse, ownerOf } from "./dataDirectoryLock.ts";

/** Where a command writes: the terminal, or the reply to a CLI that sent it to the server. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export interface CommandFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A CLI command as the server holding the embedded database receives it. */
export interface CommandRequest {
  readonly command: string;
  readonly argv: readonly string[];
  readonly files: readonly { name: string; base64: string }[];
}

export interface CommandReply {
  readonly out: readonly string[];
  readonly err: readonly string[];
  readonly code: number;
}

export const consoleOutput: CommandOutput = {
  out: (line) => {
    console.log(line);
  },
  err: (line) => {
    console.error(line);
  },
};

/**
 * Runs a CLI command (tokens, import, migrate) against the configured database. When a server
 * holds the embedded database, the command runs inside that server, so its effect is immediate
 * (a revoked token stops working at once) and nothing is written by two processes. Otherwise it
 * runs here. Another CLI command holding the database is waited for by nobody: it is refused.
 */
export async function runCommand(
  config: DatabaseConfig,
  command: Omit<CommandRequest, "files"> & { files?: readonly CommandFile[] },
  runHere: () => Promise<number>,
  output: CommandOutput = consoleOutput,
): Promise<number> {
  const owner = config.kind === "pglite" && config.directory ? ownerOf(config.directory) : null;
  if (!owner || owner.pid === process.pid || config.kind !== "pglite" || !config.directory) return runHere();
  if (!owner.controlSocket) throw new DataDirectoryInUse(config.directory, owner);
  const reply = await send(owner.controlSocket, {
    command: command.command,
    argv: command.argv,
    files: (command.files ?? []).map((file) => ({
      name: file.name,
      base64: Buffer.from(file.bytes).toString("base64"),
    })),
  });
  output.out(`(run by the server holding the database, process ${String(owner.pid)})`);
  reply.out.forEach((line) => {
    output.out(line);
  });
  reply.err.forEach((line) => {
    output.err(line);
  });
  return reply.code;
}

/** runCommand, where running here means migrating and opening the database for `work`, then closing it. */
export function runDatabaseCommand(
  config: DatabaseConfig,
  command: Omit<CommandRequest, "files"> & { files?: readonly CommandFile[] },
  work: (db: Database) => Promise<number>,
): Promise<number> {
  return runCommand(config, command, async () => {
    const { db } = await openMigratedDatabase(config);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  });
}

function send(socketPath: string, body: CommandRequest): Promise<CommandReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath, path: "/commands", method: "POST", headers: { "content-type": "application/json" } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as CommandReply);
          } catch (error) {
            reject(
              new Error(`The running server's reply could not be read (HTTP ${String(res.statusCode)}).`, {
                cause: error,
              }),
            );
          }
        });
      },
    );
    req.on("error", (error) => {
      reject(
        new Error(`The server holding the database did not answer on ${socketPath}: ${error.message}`, {
          cause: error,
        }),
      );
    });
    req.end(JSON.stringify(body));
  });
}

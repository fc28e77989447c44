import { chmodSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import {
  describeDatabase,
  migrateCommand,
  type CommandFile,
  type CommandOutput,
  type CommandReply,
  type CommandRequest,
  type DatabaseConfig,
  type PrismaClient,
} from "@csc/db";
import { importCommand, maxImportBytes } from "@csc/importer";
import { tokensCommand } from "../cli/tokensCommand.ts";

export const commandSocketOf = (directory: string) => `${directory}.sock`;

type Command = (
  argv: readonly string[],
  files: readonly CommandFile[],
  output: CommandOutput,
) => Promise<number>;

/**
 * While the API server holds the embedded database, the CLI's commands (tokens, import, migrate)
 * run here, on the server's own connection: a revoked token stops working at once, an import is
 * visible at once, and only one process ever writes the directory. The socket is a file only its
 * owner may open, as PostgreSQL's own socket is protected by its directory's permissions.
 */
export async function startCommandSocket(
  prisma: PrismaClient,
  config: DatabaseConfig,
  directory: string,
): Promise<{ path: string; close(): Promise<void> }> {
  const commands: Record<string, Command> = {
    tokens: (argv, _files, output) => tokensCommand(argv, prisma, describeDatabase(config), output),
    import: (argv, files, output) => importCommand(argv, files, prisma, output),
    migrate: (argv, _files, output) => migrateCommand(argv, config, output),
  };
  // Files travel as base64, a third larger than they are: room for ten of the largest files an
  // import takes.
  const maxBody = Math.ceil((maxImportBytes() * 4) / 3) * 10 + 100_000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) req.destroy();
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const out: string[] = [];
      const err: string[] = [];
      const reply = (code: number) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ out, err, code } satisfies CommandReply));
      };
      let request: CommandRequest;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as CommandRequest;
      } catch {
        err.push("The server could not read the command.");
        reply(2);
        return;
      }
      const command = commands[request.command];
      if (!command) {
        err.push(`The server does not run "${request.command}".`);
        reply(2);
        return;
      }
      const files = request.files.map((file) => ({
        name: file.name,
        bytes: Buffer.from(file.base64, "base64"),
      }));
      command(request.argv, files, { out: (line) => out.push(line), err: (line) => err.push(line) }).then(
        reply,
        (error: unknown) => {
          err.push(error instanceof Error ? error.message : String(error));
          reply(1);
        },
      );
    });
  });
  const path = commandSocketOf(directory);
  // Only the process holding the directory gets here, so a socket file left behind is stale.
  rmSync(path, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, resolve);
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        rmSync(path, { force: true });
      }),
  };
}

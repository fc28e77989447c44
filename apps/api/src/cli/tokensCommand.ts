import { parseArgs } from "node:util";
import type { CommandOutput, PrismaClient } from "@csc/db";
import { createApiToken, revokeApiToken } from "../auth/apiTokens.ts";
import type { Role } from "../auth/viewer.ts";

export const TOKENS_USAGE = `Usage: npm run tokens -- <command>

  create --name <who> --role <viewer|author|admin>   create a token and print it (shown this once only)
  list                                               list tokens: id, name, role, created, last used, revoked
  revoke <id or name>                                revoke a token at once

Uses the database the API uses: DATABASE_URL, or the embedded database in CSC_DATA_DIR. While the
API server holds the embedded database, the server runs the command, so it takes effect at once.`;

const ROLES: readonly Role[] = ["viewer", "author", "admin"];

/** Creates, lists or revokes API tokens in `prisma`, the database described as `where`. */
export async function tokensCommand(
  argv: readonly string[],
  prisma: PrismaClient,
  where: string,
  output: CommandOutput,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" } },
  });
  const [command, target] = positionals;
  if (command === "create") {
    const role = ROLES.find((r) => r === values.role);
    if (!values.name || !role) {
      output.err(`create needs --name and --role (one of ${ROLES.join(", ")}).\n\n${TOKENS_USAGE}`);
      return 2;
    }
    const created = await createApiToken(prisma, values.name, role);
    output.out(`Created token ${String(created.id)} "${created.name}" (${created.role}) in the ${where}.`);
    output.out(`\n  ${created.token}\n`);
    output.out(
      "Copy it now: it is not stored and cannot be shown again. Send it as: Authorization: Bearer <token>",
    );
    return 0;
  }
  if (command === "list") {
    const tokens = await prisma.apiToken.findMany({ orderBy: { id: "asc" } });
    if (tokens.length === 0) output.out("No tokens.");
    for (const t of tokens) {
      const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : "never used";
      const revoked = t.revokedAt ? `, REVOKED ${t.revokedAt.toISOString()}` : "";
      output.out(
        `${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${t.name}  (created ${t.createdAt.toISOString()}, ${used}${revoked})`,
      );
    }
    return 0;
  }
  if (command === "revoke") {
    if (!target) {
      output.err(`revoke needs a token id or name.\n\n${TOKENS_USAGE}`);
      return 2;
    }
    const count = await revokeApiToken(prisma, target);
    output.out(
      count
        ? `Revoked ${String(count)} token(s) matching "${target}".`
        : `No active token matches "${target}".`,
    );
    return count ? 0 : 1;
  }
  output.err(TOKENS_USAGE);
  return command ? 2 : 0;
}

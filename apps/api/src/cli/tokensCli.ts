import { parseArgs } from "node:util";
import { databaseConfigFromEnv, deployMigrations, describeDatabase, openDatabase } from "@csc/db";
import { createApiToken, revokeApiToken } from "../auth/apiTokens.ts";
import type { Role } from "../auth/visibility.ts";

const usage = `Usage: npm run tokens -- <command>

  create --name <who> --role <viewer|author|admin>   create a token and print it (shown this once only)
  list                                               list tokens: id, name, role, created, last used, revoked
  revoke <id or name>                                revoke a token at once

Uses the database the API uses: DATABASE_URL, or the embedded database in CSC_DATA_DIR.`;

const ROLES: readonly Role[] = ["viewer", "author", "admin"];

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" } },
  });
  const [command, target] = positionals;
  if (!command || !["create", "list", "revoke"].includes(command)) {
    console.error(usage);
    return command ? 2 : 0;
  }
  const config = databaseConfigFromEnv();
  await deployMigrations(config);
  const db = await openDatabase(config);
  try {
    if (command === "create") {
      const role = ROLES.find((r) => r === values.role);
      if (!values.name || !role) {
        console.error(`create needs --name and --role (one of ${ROLES.join(", ")}).\n\n${usage}`);
        return 2;
      }
      const created = await createApiToken(db.prisma, values.name, role);
      console.log(
        `Created token ${created.id} "${created.name}" (${created.role}) in the ${describeDatabase(config)}.`,
      );
      console.log(`\n  ${created.token}\n`);
      console.log(
        "Copy it now: it is not stored and cannot be shown again. Send it as: Authorization: Bearer <token>",
      );
      return 0;
    }
    if (command === "list") {
      const tokens = await db.prisma.apiToken.findMany({ orderBy: { id: "asc" } });
      if (tokens.length === 0) console.log("No tokens.");
      for (const t of tokens) {
        const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : "never used";
        const revoked = t.revokedAt ? `, REVOKED ${t.revokedAt.toISOString()}` : "";
        console.log(
          `${String(t.id).padStart(4)}  ${t.role.padEnd(6)}  ${t.name}  (created ${t.createdAt.toISOString()}, ${used}${revoked})`,
        );
      }
      return 0;
    }
    if (!target) {
      console.error(`revoke needs a token id or name.\n\n${usage}`);
      return 2;
    }
    const count = await revokeApiToken(db.prisma, target);
    console.log(
      count ? `Revoked ${count} token(s) matching "${target}".` : `No active token matches "${target}".`,
    );
    return count ? 0 : 1;
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).then(
  // The schema engine's wasm leaves a timer armed; end the process rather than wait for it.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

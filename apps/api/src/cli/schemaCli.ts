import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildSchema, findBreakingChanges, findDangerousChanges, printSchema } from "graphql";
import { schema } from "../schema/index.ts";

const schemaFile = fileURLToPath(new URL("../../schema.graphql", import.meta.url));

const usage = `Usage: npm run schema -- <command>

  check                     fail if apps/api/schema.graphql is not the schema the code builds (CI runs it)
  write                     write apps/api/schema.graphql; refuses changes that break clients
  write --allow-breaking    write it anyway, after the removed fields had a deprecation release`;

async function run([command, flag]: string[]): Promise<number> {
  const printed = `${printSchema(schema)}\n`;
  const committed = await readFile(schemaFile, "utf8").catch(() => null);
  if (command === "check") {
    if (committed === printed) {
      console.log("apps/api/schema.graphql is up to date.");
      return 0;
    }
    console.error(
      "apps/api/schema.graphql is out of date with the code. Run `npm run schema -- write` and commit it.",
    );
    return 1;
  }
  if (command !== "write") {
    console.error(usage);
    return command ? 2 : 0;
  }
  if (committed) {
    const before = buildSchema(committed);
    const breaking = findBreakingChanges(before, schema);
    for (const change of findDangerousChanges(before, schema)) console.warn(`Note: ${change.description}`);
    if (breaking.length > 0 && flag !== "--allow-breaking") {
      console.error(
        "These changes would break clients built against the published schema:\n" +
          breaking.map((change) => `  - ${change.description}`).join("\n") +
          "\n\nDeprecate first: keep the old field with `deprecationReason` for a release, then remove it with --allow-breaking.",
      );
      return 1;
    }
  }
  await writeFile(schemaFile, printed);
  console.log(committed === printed ? "No changes." : "Wrote apps/api/schema.graphql.");
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

import { databaseConfigFromEnv, describeDatabase, openMigratedDatabase } from "@csc/db";
import { ImportValidationError } from "../importProblem.ts";
import { describeDatabaseContents } from "./describeDatabaseContents.ts";
import { describeImport } from "../cli/describeImport.ts";
import { loadPublicStatistics } from "../demo/loadPublicStatistics.ts";
import { loadNationalStatistics } from "../demo/loadNationalStatistics.ts";
import { seedDatabase } from "./seedDatabase.ts";

/** Migrates and seeds the configured database, then says what it holds. */
async function main(): Promise<void> {
  const config = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(config)}`);
  const { db, applied } = await openMigratedDatabase(config);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date");
  try {
    const summary = await seedDatabase(db.prisma);
    console.log(`Sources: ${summary.sources}; annotations: ${summary.annotations}`);
    for (const { file, figures, result } of summary.files) {
      const what = result.release
        ? `release v${result.release.version}: ${result.inserted} new, ${result.revised} revised, ${result.unchanged} unchanged`
        : "already loaded, nothing changed";
      console.log(`${file}: ${figures} figures, ${what}`);
    }
    for (const line of describeImport(await loadPublicStatistics(db.prisma))) console.log(line);
    for (const line of describeImport(await loadNationalStatistics(db.prisma))) console.log(line);
    console.log(`\n${await describeDatabaseContents(db.prisma)}`);
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ImportValidationError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

import { databaseConfigFromEnv, deployMigrations, describeDatabase, openDatabase } from "@csc/db";
import { describeDatabaseContents, describeImport, loadPublicStatistics, seedDatabase } from "@csc/importer";
import { apiConfigFromEnv } from "./server/apiConfig.ts";
import { startApiServer } from "./server/startApiServer.ts";

/** Migrates and seeds the configured database, then serves the API until stopped. */
async function main(): Promise<void> {
  const apiConfig = apiConfigFromEnv();
  const databaseConfig = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(databaseConfig)}`);
  const applied = await deployMigrations(databaseConfig);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = await openDatabase(databaseConfig);
  const seeded = await seedDatabase(db.prisma);
  for (const { file, result } of seeded.files) {
    if (result.release)
      console.log(
        `Loaded ${file}: release v${result.release.version}, ${result.inserted} new, ${result.revised} revised`,
      );
  }
  for (const line of describeImport(await loadPublicStatistics(db.prisma))) console.log(line);
  console.log(await describeDatabaseContents(db.prisma));
  const server = await startApiServer(db.prisma, apiConfig);
  console.log(`\nCSC Insight API (${apiConfig.environment}) at ${server.url}/graphql`);
  if (apiConfig.dashboardDirectory) console.log(`Dashboard at ${server.url}/`);

  const stop = async (signal: string) => {
    console.log(`${signal}: stopping.`);
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

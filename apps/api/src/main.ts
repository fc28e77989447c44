import {
  advertiseControlSocket,
  claimDataDirectory,
  databaseConfigFromEnv,
  describeDatabase,
  openMigratedDatabase,
  plannerStatisticsMissing,
  refreshPlannerStatistics,
} from "@csc/db";
import {
  describeDatabaseContents,
  describeImport,
  loadNationalStatistics,
  loadPublicStatistics,
  seedDatabase,
} from "@csc/importer";
import { apiConfigFromEnv } from "./server/apiConfig.ts";
import { startApiServer } from "./server/startApiServer.ts";
import { startCommandSocket } from "./server/commandSocket.ts";

/** Migrates and seeds the configured database, then serves the API until stopped. */
async function main(): Promise<void> {
  const apiConfig = apiConfigFromEnv();
  const databaseConfig = databaseConfigFromEnv();
  console.log(`Database: ${describeDatabase(databaseConfig)}`);
  const dataDirectory = databaseConfig.kind === "pglite" ? databaseConfig.directory : null;
  // Held from before the migrations until the process ends, so no other process slips in between.
  if (dataDirectory) claimDataDirectory(dataDirectory);
  const { db, applied } = await openMigratedDatabase(databaseConfig);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const seeded = await seedDatabase(db.prisma);
  for (const { file, result } of seeded.files) {
    if (result.release)
      console.log(
        `Loaded ${file}: release v${result.release.version}, ${result.inserted} new, ${result.revised} revised`,
      );
  }
  for (const line of describeImport(await loadPublicStatistics(db.prisma))) console.log(line);
  const nationalStarted = performance.now();
  const national = await loadNationalStatistics(db.prisma);
  for (const line of describeImport(national)) console.log(line);
  if (national.files.length)
    console.log(`National files loaded in ${((performance.now() - nationalStarted) / 1000).toFixed(1)} s.`);
  // A database whose figures were all loaded by an earlier version has never been analysed.
  if (await plannerStatisticsMissing(db.prisma)) await refreshPlannerStatistics(db.prisma);
  console.log(await describeDatabaseContents(db.prisma));
  const server = await startApiServer(db.prisma, apiConfig);
  console.log(`\nCSC Insight API (${apiConfig.environment}) at ${server.url}/graphql`);
  if (apiConfig.dashboardDirectory) console.log(`Dashboard at ${server.url}/`);
  const commands = dataDirectory ? await startCommandSocket(db.prisma, databaseConfig, dataDirectory) : null;
  if (dataDirectory && commands) {
    advertiseControlSocket(dataDirectory, commands.path);
    console.log("The tokens, import and migrate commands run in this server while it holds the database.");
  }

  let stopping = false;
  const stop = async (signal: string) => {
    // A second Ctrl-C while stopping means "now".
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: stopping.`);
    await commands?.close();
    await server.close();
    await db.close();
    process.exit(0);
  };
  // Listeners stay for the whole run: with none left, a signal during shutdown would end the
  // process at once, skipping the exit hooks that give the data directory back.
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

export { databaseConfigFromEnv, describeDatabase, type DatabaseConfig } from "./databaseConfig.ts";
export { openDatabase, type ClientOptions, type Database, type PrismaClient } from "./openDatabase.ts";
export { openMigratedDatabase, type MigratedDatabase } from "./openMigratedDatabase.ts";
export { areaOfRow, rowOfArea } from "./areas/areaRows.ts";
export {
  readComparisonFigures,
  readComparisonTotals,
  readLatestComparisonFigures,
  readLatestPeriodFigures,
  readStatisticalNeighbours,
  type ComparisonRequest,
  type FiguresByPeriod,
} from "./comparison/readComparisonFigures.ts";
export { rowOfIndicator } from "./indicators/indicatorRows.ts";
export { IndicatorDirectory } from "./indicators/indicatorDirectory.ts";
export { visibilityFor, type Visibility } from "./visibility/visibility.ts";
export { readDataVersion } from "./dataVersion/readDataVersion.ts";
export { plannerStatisticsMissing, refreshPlannerStatistics } from "./statistics/plannerStatistics.ts";
export { migrateCommand } from "./migrations/migrateCommand.ts";
export {
  consoleOutput,
  runCommand,
  runDatabaseCommand,
  type CommandFile,
  type CommandOutput,
  type CommandReply,
  type CommandRequest,
} from "./embedded/commandChannel.ts";
export {
  advertiseControlSocket,
  claimDataDirectory,
  DataDirectoryInUse,
  lockFileOf,
  ownerOf,
  releaseDataDirectory,
} from "./embedded/dataDirectoryLock.ts";
export { projectPaths } from "./projectPaths.ts";
export {
  createMigration,
  deployMigrations,
  migrationStatus,
  pendingSchemaChanges,
  type MigrationStatus,
} from "./migrations/migrationCommands.ts";
export { Prisma } from "./generated/prisma/client.ts";
export type * from "./generated/prisma/models.ts";
export type {
  ReleaseStatus,
  SourceKind,
  StatSymbol,
  ValueQualifier,
  AreaLevel,
  IndicatorKind,
} from "./generated/prisma/enums.ts";
export {
  createTestDatabase,
  testBackends,
  type TestBackend,
  type TestDatabase,
} from "./testing/testDatabase.ts";
export { rawQuery, type RawQuery } from "./testing/rawQuery.ts";
export type { default as PothosPrismaTypes } from "./generated/pothos-types.ts";
export { getDatamodel } from "./generated/pothos-types.ts";

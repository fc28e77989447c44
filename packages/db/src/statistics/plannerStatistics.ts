import type { PrismaClient } from "../openDatabase.ts";

/** The tables an import or the seed adds rows to, which the API's reads join. */
const LOADED_TABLES = [
  "Observation",
  "Revision",
  "Release",
  "Period",
  "Source",
  "Area",
  "Indicator",
  "BreakdownItem",
];

/**
 * Brings PostgreSQL's planner statistics up to date after figures are loaded. PGlite runs no
 * autovacuum, so without this its tables keep the estimates of an empty database for good, and
 * PostgreSQL's autovacuum catches up only a while after a large load: meanwhile a series read
 * over every council is planned as nested loops for the 99 rows estimated instead of the 2,137
 * read (docs/benchmarks.md). ANALYZE reads a sample, about 0.1 s with every council's files.
 *
 * It runs after the load has committed, so a failure here must not report the load as failed:
 * the figures are in, only the plans stay as they were. It is written to the console instead.
 */
export async function refreshPlannerStatistics(
  prisma: Pick<PrismaClient, "$executeRawUnsafe">,
): Promise<void> {
  try {
    await prisma.$executeRawUnsafe(`ANALYZE ${LOADED_TABLES.map((table) => `"${table}"`).join(", ")}`);
  } catch (error) {
    console.warn(
      `The figures were saved, but the database's planner statistics could not be refreshed (${
        error instanceof Error ? error.message : String(error)
      }); reads may be slower until the next import.`,
    );
  }
}

/** Whether the figures' table has never been analysed (a database made before the above). */
export async function plannerStatisticsMissing(prisma: PrismaClient): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ missing: boolean }[]>`
    SELECT "reltuples" < 0 AS "missing" FROM "pg_class" WHERE "oid" = '"Observation"'::regclass`;
  return row?.missing ?? false;
}

import type { Prisma } from "@csc/db";
import type { Area } from "@csc/domain";

/**
 * Adds the areas a file names that the platform does not hold yet (another council's rows in a
 * DfE table). Areas already held keep their names: the reference list is the authority. A parent
 * the platform does not hold is left out (every region and England are reference areas).
 * Returns the codes added.
 */
export async function registerAreas(tx: Prisma.TransactionClient, areas: readonly Area[]): Promise<string[]> {
  if (areas.length === 0) return [];
  const rows = await tx.$queryRawUnsafe<{ code: string }[]>(
    `INSERT INTO "Area" (code, name, level, "laNumber", "parentCode")
     SELECT a.code, a.name, a.level::"AreaLevel", a."laNumber",
       (SELECT p.code FROM "Area" p WHERE p.code = a."parentCode")
     FROM jsonb_to_recordset($1::jsonb) AS a(code text, name text, level text, "laNumber" int, "parentCode" text)
     ON CONFLICT DO NOTHING
     RETURNING code`,
    JSON.stringify(areas),
  );
  return rows.map((row) => row.code);
}

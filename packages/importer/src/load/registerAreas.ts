import type { Prisma } from "@csc/db";
import type { Area } from "@csc/domain";

/**
 * Adds the areas a file names that the platform does not hold yet (another council's rows in a
 * DfE table), parents first. Areas already held keep their names: the reference list is the authority.
 * Returns the codes added.
 */
export async function registerAreas(tx: Prisma.TransactionClient, areas: readonly Area[]): Promise<string[]> {
  if (areas.length === 0) return [];
  const levelOrder = { country: 0, region: 1, local_authority: 2 };
  const ordered = [...areas].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  const rows = await tx.$queryRawUnsafe<{ code: string }[]>(
    `INSERT INTO "Area" (code, name, level, "laNumber", "parentCode")
     SELECT a.code, a.name, a.level::"AreaLevel", a."laNumber",
       (SELECT p.code FROM "Area" p WHERE p.code = a."parentCode")
     FROM jsonb_to_recordset($1::jsonb) AS a(code text, name text, level text, "laNumber" int, "parentCode" text)
     ON CONFLICT DO NOTHING
     RETURNING code`,
    JSON.stringify(ordered),
  );
  return rows.map((row) => row.code);
}

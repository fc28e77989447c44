import type { PrismaClient } from "../openDatabase.ts";

/**
 * The count of changes to everything answers are read from (the DataVersion model, kept by
 * triggers): while it stands still, the same question has the same answer.
 */
export async function readDataVersion(prisma: PrismaClient): Promise<string> {
  const row = await prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
  return row.version.toString();
}

import type { Prisma, PrismaClient } from "@csc/db";

/**
 * Areas a draft import added stay out of sight of readers who cannot see drafts. They become
 * visible when any release with figures for them is published: this one, or a later one.
 */
export async function markAreasPending(
  tx: Prisma.TransactionClient,
  codes: readonly string[],
  releaseId: number,
): Promise<void> {
  if (codes.length === 0) return;
  await tx.area.updateMany({ where: { code: { in: [...codes] } }, data: { pendingReleaseId: releaseId } });
}

/** Called whenever a release becomes published: the areas it has figures for are no longer pending. */
export async function revealAreasOf(tx: Prisma.TransactionClient, releaseId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Area" SET "pendingReleaseId" = NULL
    WHERE "pendingReleaseId" IS NOT NULL
      AND code IN (SELECT DISTINCT "areaCode" FROM "Observation" WHERE "releaseId" = ${releaseId})`;
}

export class ReleaseNotPublishable extends Error {}

/** Publishes a draft release: its figures, its corrections and the areas it named become public. */
export async function publishRelease(prisma: PrismaClient, id: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const release = await tx.release.findUnique({ where: { id }, select: { status: true } });
    if (!release) throw new ReleaseNotPublishable(`There is no release ${String(id)}.`);
    if (release.status === "published")
      throw new ReleaseNotPublishable(`Release ${String(id)} is already published.`);
    await tx.release.update({ where: { id }, data: { status: "published", publishedAt: new Date() } });
    await revealAreasOf(tx, id);
  });
}

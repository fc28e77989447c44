import type { PrismaClient } from "@csc/db";
import { revealIndicatorsOf } from "./registerImportedCatalogue.ts";

export class ReleaseNotPublishable extends Error {}

/** Publishes a draft release: its figures, its corrections and the indicators it made become public. */
export async function publishRelease(prisma: PrismaClient, id: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const release = await tx.release.findUnique({ where: { id }, select: { status: true } });
    if (!release) throw new ReleaseNotPublishable(`There is no release ${String(id)}.`);
    if (release.status === "published")
      throw new ReleaseNotPublishable(`Release ${String(id)} is already published.`);
    await tx.release.update({ where: { id }, data: { status: "published", publishedAt: new Date() } });
    await revealIndicatorsOf(tx, id);
  });
}

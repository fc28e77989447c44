import { rowOfIndicator, type Prisma } from "@csc/db";
import type { ImportedCatalogue } from "../readResult.ts";

/**
 * Adds what a table without a mapping brings to the catalogue, before its figures are loaded: its
 * source, breakdown items and indicators. What is already held is kept as it is (codes never
 * change meaning), so a later edition only adds new items. Returns the indicator codes added.
 */
export async function registerImportedCatalogue(
  tx: Prisma.TransactionClient,
  catalogue: ImportedCatalogue,
): Promise<string[]> {
  const { source, indicators, dimensions } = catalogue;
  await tx.source.upsert({ where: { key: source.key }, create: source, update: {} });
  for (const dimension of dimensions) {
    await tx.breakdownDimension.upsert({
      where: { code: dimension.code },
      create: { code: dimension.code, name: dimension.name },
      update: {},
    });
    const held = await tx.breakdownItem.count({ where: { dimensionCode: dimension.code } });
    await tx.breakdownItem.createMany({
      data: dimension.items.map((item, i) => ({
        dimensionCode: dimension.code,
        code: item.code,
        name: item.name,
        sortOrder: held + i,
      })),
      skipDuplicates: true,
    });
  }
  const existing = new Set(
    (
      await tx.indicator.findMany({
        where: { code: { in: indicators.map((indicator) => indicator.code) } },
        select: { code: true },
      })
    ).map((row) => row.code),
  );
  const added = indicators.filter((indicator) => !existing.has(indicator.code));
  await tx.indicator.createMany({
    data: added.map(rowOfIndicator),
  });
  return added.map((indicator) => indicator.code);
}

/** Indicators a draft's import made stay out of sight of those who cannot see drafts. */
export async function markIndicatorsPending(
  tx: Prisma.TransactionClient,
  codes: readonly string[],
  releaseId: number,
): Promise<void> {
  if (codes.length === 0) return;
  await tx.indicator.updateMany({
    where: { code: { in: [...codes] } },
    data: { pendingReleaseId: releaseId },
  });
}

/** Called whenever a release becomes published: the indicators it has figures for are public. */
export async function revealIndicatorsOf(tx: Prisma.TransactionClient, releaseId: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Indicator" SET "pendingReleaseId" = NULL
    WHERE "pendingReleaseId" IS NOT NULL
      AND code IN (SELECT DISTINCT "indicatorCode" FROM "Observation" WHERE "releaseId" = ${releaseId})`;
}

import { rowOfArea, rowOfIndicator, type Prisma } from "@csc/db";
import { breakdownDimensions, indicatorCatalogue, referenceAreas } from "@csc/domain";
import type { NeighbourRow } from "./readNeighbourModels.ts";
import type { AnnotationRow, SourceRow } from "./readReferenceFiles.ts";

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Brings the database's copies of the domain catalogues up to date; codes never change. */
export async function syncCatalogues(tx: Prisma.TransactionClient): Promise<void> {
  // Parents first, so that every parentCode refers to an area that exists.
  // Inner and Outer London (E13) sit under London (E12), so codes in order put parents first.
  const levelOrder = { country: 0, region: 1, local_authority: 2 };
  const ordered = [...referenceAreas].sort(
    (a, b) => levelOrder[a.level] - levelOrder[b.level] || a.code.localeCompare(b.code),
  );
  const formerCodes = referenceAreas.flatMap((area) => area.formerCodes ?? []);
  // A database from before the register may hold a council under its former code (its DfE number
  // too): the number is freed first, and the figures move to the council once it is stored.
  await tx.area.updateMany({ where: { code: { in: formerCodes } }, data: { laNumber: null } });
  for (const area of ordered) {
    const data = rowOfArea(area);
    await tx.area.upsert({ where: { code: area.code }, create: { code: area.code, ...data }, update: data });
  }
  await mergeFormerCodes(tx);
  for (const dimension of breakdownDimensions) {
    await tx.breakdownDimension.upsert({
      where: { code: dimension.code },
      create: { code: dimension.code, name: dimension.name },
      update: { name: dimension.name },
    });
    for (const [sortOrder, item] of dimension.items.entries()) {
      const data = { name: item.name, sortOrder };
      await tx.breakdownItem.upsert({
        where: { dimensionCode_code: { dimensionCode: dimension.code, code: item.code } },
        create: { dimensionCode: dimension.code, code: item.code, ...data },
        update: data,
      });
    }
  }
  for (const indicator of indicatorCatalogue) {
    const { code, ...data } = rowOfIndicator(indicator);
    await tx.indicator.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}

/** Files figures held under a council's former code under its current one, and drops the former. */
async function mergeFormerCodes(tx: Prisma.TransactionClient): Promise<void> {
  for (const area of referenceAreas) {
    for (const former of area.formerCodes ?? []) {
      if (!(await tx.area.findUnique({ where: { code: former }, select: { code: true } }))) continue;
      await tx.observation.updateMany({ where: { areaCode: former }, data: { areaCode: area.code } });
      await tx.annotation.updateMany({ where: { areaCode: former }, data: { areaCode: area.code } });
      await tx.area.delete({ where: { code: former } });
    }
  }
}

export async function syncSources(
  tx: Prisma.TransactionClient,
  sources: readonly SourceRow[],
): Promise<void> {
  for (const source of sources) {
    const data = { ...source, publishedOn: source.publishedOn ? asDate(source.publishedOn) : null };
    await tx.source.upsert({ where: { key: source.key }, create: data, update: data });
  }
}

/** Replaces the statistical neighbour models with the shipped files' (reference data, not figures). */
export async function syncNeighbours(
  tx: Prisma.TransactionClient,
  rows: readonly NeighbourRow[],
): Promise<void> {
  await tx.statisticalNeighbour.deleteMany({});
  await tx.statisticalNeighbour.createMany({ data: [...rows] });
}

export async function syncAnnotations(
  tx: Prisma.TransactionClient,
  annotations: readonly AnnotationRow[],
): Promise<void> {
  const sourceIds = new Map(
    (await tx.source.findMany({ select: { id: true, key: true } })).map((source) => [source.key, source.id]),
  );
  for (const { sourceKey, line, ...annotation } of annotations) {
    const data = {
      ...annotation,
      startsOn: asDate(annotation.startsOn),
      endsOn: annotation.endsOn ? asDate(annotation.endsOn) : null,
      // readAnnotationsCsv has checked that every source key names a source.
      sourceId: sourceKey ? (sourceIds.get(sourceKey) ?? null) : null,
    };
    await tx.annotation.upsert({ where: { key: annotation.key }, create: data, update: data });
  }
}

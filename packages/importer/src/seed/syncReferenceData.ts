import { rowOfArea, rowOfIndicator, type Prisma } from "@csc/db";
import { breakdownDimensions, indicatorCatalogue, referenceAreas } from "@csc/domain";
import { heldAsWanted } from "./heldAsWanted.ts";
import type { NeighbourRow } from "./readNeighbourModels.ts";
import type { AnnotationRow, SourceRow } from "./readReferenceFiles.ts";

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * Brings the database's copies of the domain catalogues up to date; codes never change. Rows
 * already as the catalogue has them are not written: at every start after the first, that is all of them.
 */
export async function syncCatalogues(tx: Prisma.TransactionClient): Promise<void> {
  // Parents first, so that every parentCode refers to an area that exists.
  // Inner and Outer London (E13) sit under London (E12), so codes in order put parents first.
  const levelOrder = { country: 0, region: 1, local_authority: 2 };
  const ordered = [...referenceAreas].sort(
    (a, b) => levelOrder[a.level] - levelOrder[b.level] || a.code.localeCompare(b.code),
  );
  const heldAreas = new Map((await tx.area.findMany()).map((area) => [area.code, area]));
  const formerCodes = referenceAreas
    .flatMap((area) => area.formerCodes ?? [])
    .filter((code) => heldAreas.has(code));
  // A database from before the register may hold a council under its former code (its DfE number
  // too): the number is freed first, and the figures move to the council once it is stored.
  if (formerCodes.length)
    await tx.area.updateMany({ where: { code: { in: formerCodes } }, data: { laNumber: null } });
  for (const area of ordered) {
    const data = rowOfArea(area);
    if (heldAsWanted(heldAreas.get(area.code), data)) continue;
    await tx.area.upsert({ where: { code: area.code }, create: { code: area.code, ...data }, update: data });
  }
  await mergeFormerCodes(tx, formerCodes);
  const heldDimensions = new Map(
    (await tx.breakdownDimension.findMany()).map((dimension) => [dimension.code, dimension]),
  );
  const heldItems = new Map(
    (await tx.breakdownItem.findMany()).map((item) => [`${item.dimensionCode}/${item.code}`, item]),
  );
  for (const dimension of breakdownDimensions) {
    if (!heldAsWanted(heldDimensions.get(dimension.code), { name: dimension.name }))
      await tx.breakdownDimension.upsert({
        where: { code: dimension.code },
        create: { code: dimension.code, name: dimension.name },
        update: { name: dimension.name },
      });
    for (const [sortOrder, item] of dimension.items.entries()) {
      const data = { name: item.name, sortOrder };
      if (heldAsWanted(heldItems.get(`${dimension.code}/${item.code}`), data)) continue;
      await tx.breakdownItem.upsert({
        where: { dimensionCode_code: { dimensionCode: dimension.code, code: item.code } },
        create: { dimensionCode: dimension.code, code: item.code, ...data },
        update: data,
      });
    }
  }
  const heldIndicators = new Map(
    (await tx.indicator.findMany()).map((indicator) => [indicator.code, indicator]),
  );
  for (const indicator of indicatorCatalogue) {
    const { code, ...data } = rowOfIndicator(indicator);
    if (heldAsWanted(heldIndicators.get(code), data)) continue;
    await tx.indicator.upsert({ where: { code }, create: { code, ...data }, update: data });
  }
}

/** Files figures held under a council's former code under its current one, and drops the former. */
async function mergeFormerCodes(
  tx: Prisma.TransactionClient,
  heldFormerCodes: readonly string[],
): Promise<void> {
  for (const area of referenceAreas) {
    for (const former of area.formerCodes ?? []) {
      if (!heldFormerCodes.includes(former)) continue;
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
  const held = new Map((await tx.source.findMany()).map((source) => [source.key, source]));
  for (const source of sources) {
    const data = { ...source, publishedOn: source.publishedOn ? asDate(source.publishedOn) : null };
    if (heldAsWanted(held.get(source.key), data)) continue;
    await tx.source.upsert({ where: { key: source.key }, create: data, update: data });
  }
}

const NEIGHBOURS_GIVEN = `unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[])`;
const NEIGHBOURS_HELD = `SELECT model, "areaCode", position, "neighbourCode", closeness FROM "StatisticalNeighbour"`;
const NEIGHBOURS_UNCHANGED = `SELECT NOT EXISTS (
  (${NEIGHBOURS_HELD} EXCEPT SELECT * FROM ${NEIGHBOURS_GIVEN})
  UNION ALL
  (SELECT * FROM ${NEIGHBOURS_GIVEN} EXCEPT ${NEIGHBOURS_HELD})
) AS unchanged`;
const STORE_NEIGHBOURS = `INSERT INTO "StatisticalNeighbour" (model, "areaCode", position, "neighbourCode", closeness)
SELECT * FROM ${NEIGHBOURS_GIVEN}`;

/**
 * Makes the held statistical neighbour models (reference data, not figures) exactly the shipped
 * files', writing nothing when they already are (as at every start after the first). Compared and
 * written in SQL with the rows as five arrays: through Prisma's createMany, the 30,000 parameters
 * of the two models grew its query planner's memory, which is never given back, by about 70 MB at
 * every start.
 */
export async function syncNeighbours(
  tx: Prisma.TransactionClient,
  rows: readonly NeighbourRow[],
): Promise<void> {
  const columns = [
    rows.map((row) => row.model),
    rows.map((row) => row.areaCode),
    rows.map((row) => row.position),
    rows.map((row) => row.neighbourCode),
    rows.map((row) => row.closeness),
  ];
  const [held] = await tx.$queryRawUnsafe<{ unchanged: boolean }[]>(NEIGHBOURS_UNCHANGED, ...columns);
  if (held?.unchanged) return;
  await tx.statisticalNeighbour.deleteMany({});
  await tx.$executeRawUnsafe(STORE_NEIGHBOURS, ...columns);
}

export async function syncAnnotations(
  tx: Prisma.TransactionClient,
  annotations: readonly AnnotationRow[],
): Promise<void> {
  const sourceIds = new Map(
    (await tx.source.findMany({ select: { id: true, key: true } })).map((source) => [source.key, source.id]),
  );
  const held = new Map((await tx.annotation.findMany()).map((annotation) => [annotation.key, annotation]));
  for (const { sourceKey, line, ...annotation } of annotations) {
    const data = {
      ...annotation,
      startsOn: asDate(annotation.startsOn),
      endsOn: annotation.endsOn ? asDate(annotation.endsOn) : null,
      // readAnnotationsCsv has checked that every source key names a source.
      sourceId: sourceKey ? (sourceIds.get(sourceKey) ?? null) : null,
    };
    if (heldAsWanted(held.get(annotation.key), data)) continue;
    await tx.annotation.upsert({ where: { key: annotation.key }, create: data, update: data });
  }
}

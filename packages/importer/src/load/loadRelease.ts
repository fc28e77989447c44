import type { Prisma } from "@csc/db";
import type { FigureRecord } from "../figures/readFiguresCsv.ts";

export interface ReleaseDetails {
  /** What is being imported; versions are numbered per dataset. */
  readonly dataset: string;
  readonly checksum: string;
  readonly createdBy: string;
  readonly status: "draft" | "published";
  readonly description?: string;
}

export interface LoadResult {
  /** The release created, or null when nothing in the file was new or changed. */
  readonly release: { id: number; version: number } | null;
  readonly inserted: number;
  readonly revised: number;
  readonly unchanged: number;
}

interface StagedRow {
  indicator: string;
  area: string;
  period_key: string;
  dimension: string | null;
  item: string | null;
  value: number | null;
  symbol: string | null;
  qualifier: string | null;
  numerator: number | null;
  denominator: number | null;
  source_key: string;
  citation: string;
}

function stagedRow(record: FigureRecord): StagedRow {
  return {
    indicator: record.indicator.code,
    area: record.areaCode,
    period_key: record.period.key,
    dimension: record.breakdown?.dimension ?? null,
    item: record.breakdown?.item ?? null,
    value: record.figure.value ?? null,
    symbol: record.figure.symbol ?? null,
    qualifier: record.figure.qualifier ?? null,
    numerator: record.numerator,
    denominator: record.denominator,
    source_key: record.sourceKey,
    citation: record.citation,
  };
}

/**
 * Figures that are new, or that differ from the latest statement of the same figure (same
 * indicator, area, period, breakdown, source and citation), each with an observation id drawn now
 * so that revisions can point at it.
 */
const STAGE_CHANGES = `
CREATE TEMP TABLE staged_changes AS
SELECT x.*, e.ord, b.id AS breakdown_item_id, s.id AS source_id, cur.id AS previous_id
FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(doc, ord)
CROSS JOIN LATERAL jsonb_to_record(e.doc) AS x(
  indicator text, area text, period_key text, dimension text, item text, value numeric, symbol text,
  qualifier text, numerator numeric, denominator numeric, source_key text, citation text)
JOIN "Source" s ON s.key = x.source_key
LEFT JOIN "BreakdownItem" b ON b."dimensionCode" = x.dimension AND b.code = x.item
LEFT JOIN LATERAL (
  SELECT o.* FROM "Observation" o
  WHERE o."indicatorCode" = x.indicator AND o."areaCode" = x.area AND o."periodKey" = x.period_key
    AND o."breakdownItemId" IS NOT DISTINCT FROM b.id AND o."sourceId" = s.id AND o.citation = x.citation
    AND NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."supersededId" = o.id)
  ORDER BY o.id DESC LIMIT 1
) cur ON true
WHERE cur.id IS NULL
   OR cur.value IS DISTINCT FROM x.value
   OR cur.symbol::text IS DISTINCT FROM x.symbol
   OR cur.qualifier::text IS DISTINCT FROM x.qualifier
   OR cur.numerator IS DISTINCT FROM x.numerator
   OR cur.denominator IS DISTINCT FROM x.denominator`;

const INSERT_PERIODS = `
INSERT INTO "Period" (key, kind, start, "end", label)
SELECT key, kind, start::date, "end"::date, label
FROM jsonb_to_recordset($1::jsonb) AS p(key text, kind text, start text, "end" text, label text)
ON CONFLICT (key) DO NOTHING`;

/**
 * Inserts the staged figures in file order, then records a revision for each that corrects an
 * earlier figure. A figure's statement (indicator, area, period, breakdown, source, citation) is
 * unique within a file, so it joins each new row back to its staged row.
 */
const INSERT_OBSERVATIONS_AND_REVISIONS = `
WITH inserted AS (
  INSERT INTO "Observation" ("indicatorCode", "areaCode", "periodKey", "breakdownItemId", value, symbol,
    qualifier, numerator, denominator, "sourceId", citation, "releaseId")
  SELECT indicator, area, period_key, breakdown_item_id, value, symbol::"StatSymbol",
    qualifier::"ValueQualifier", numerator, denominator, source_id, citation, $1
  FROM staged_changes ORDER BY ord
  RETURNING id, "indicatorCode", "areaCode", "periodKey", "breakdownItemId", "sourceId", citation
)
INSERT INTO "Revision" ("supersededId", "replacementId", "releaseId")
SELECT s.previous_id, i.id, $1
FROM inserted i
JOIN staged_changes s ON s.indicator = i."indicatorCode" AND s.area = i."areaCode" AND s.period_key = i."periodKey"
  AND s.breakdown_item_id IS NOT DISTINCT FROM i."breakdownItemId" AND s.source_id = i."sourceId" AND s.citation = i.citation
WHERE s.previous_id IS NOT NULL`;

/**
 * Loads validated figures as one release, inside the caller's transaction, with set-based SQL.
 * A file already loaded (same dataset and checksum) or one that changes no figure creates nothing;
 * a changed figure is inserted as a revision and the figure it corrects is kept.
 */
export async function loadRelease(
  tx: Prisma.TransactionClient,
  details: ReleaseDetails,
  records: readonly FigureRecord[],
): Promise<LoadResult> {
  const alreadyLoaded = await tx.release.findFirst({
    where: { dataset: details.dataset, checksum: details.checksum },
  });
  if (alreadyLoaded) return { release: null, inserted: 0, revised: 0, unchanged: records.length };

  const periods = new Map(records.map((record) => [record.period.key, record.period]));
  await tx.$executeRawUnsafe(INSERT_PERIODS, JSON.stringify([...periods.values()]));
  await tx.$executeRawUnsafe(STAGE_CHANGES, JSON.stringify(records.map(stagedRow)));
  const result = await insertChanges(tx, details, records.length);
  // One transaction may load several files; each needs a fresh staging table. (Not in a `finally`:
  // after a failure the transaction is aborted, and a DROP would hide the error that caused it.)
  await tx.$executeRawUnsafe("DROP TABLE staged_changes");
  return result;
}

async function insertChanges(
  tx: Prisma.TransactionClient,
  details: ReleaseDetails,
  total: number,
): Promise<LoadResult> {
  const [counts] = await tx.$queryRawUnsafe<{ changed: bigint; revised: bigint }[]>(
    `SELECT count(*) AS changed, count(previous_id) AS revised FROM staged_changes`,
  );
  const changed = Number(counts?.changed ?? 0);
  const revised = Number(counts?.revised ?? 0);
  if (changed === 0) return { release: null, inserted: 0, revised: 0, unchanged: total };

  const latest = await tx.release.aggregate({ where: { dataset: details.dataset }, _max: { version: true } });
  const release = await tx.release.create({
    data: {
      dataset: details.dataset,
      version: (latest._max.version ?? 0) + 1,
      status: details.status,
      checksum: details.checksum,
      createdBy: details.createdBy,
      description: details.description ?? null,
      publishedAt: details.status === "published" ? new Date() : null,
    },
  });
  await tx.$executeRawUnsafe(INSERT_OBSERVATIONS_AND_REVISIONS, release.id);
  return {
    release: { id: release.id, version: release.version },
    inserted: changed - revised,
    revised,
    unchanged: total - changed,
  };
}

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

/** Gives each distinct value a 1-based number, so that repeated strings travel once. */
class Dictionary {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();
  numberOf(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
}

/**
 * The staged figures as arrays for one unnest(). A file repeats a few statements (indicator,
 * breakdown, source, citation), areas and periods over thousands of rows, so those are sent once
 * each and the rows carry their numbers: far less for PostgreSQL to parse.
 */
function stagedParameters(records: readonly FigureRecord[]): unknown[] {
  const statements = new Dictionary();
  const areas = new Dictionary();
  const periods = new Dictionary();
  const statementParts: [string, string | null, string | null, string, string][] = [];
  const rows = records.map((r) => {
    const before = statements.values.length;
    const statement = statements.numberOf(
      JSON.stringify([r.indicator.code, r.breakdown?.dimension, r.breakdown?.item, r.sourceKey, r.citation]),
    );
    if (statements.values.length > before)
      statementParts.push([
        r.indicator.code,
        r.breakdown?.dimension ?? null,
        r.breakdown?.item ?? null,
        r.sourceKey,
        r.citation,
      ]);
    return { r, statement, area: areas.numberOf(r.areaCode), period: periods.numberOf(r.period.key) };
  });
  const optional = (value: number | null | undefined) =>
    value === null || value === undefined ? null : String(value);
  return [
    rows.map((row) => row.statement),
    rows.map((row) => row.area),
    rows.map((row) => row.period),
    rows.map((row) => optional(row.r.figure.value)),
    rows.map((row) => row.r.figure.symbol ?? null),
    rows.map((row) => row.r.figure.qualifier ?? null),
    rows.map((row) => optional(row.r.numerator)),
    rows.map((row) => optional(row.r.denominator)),
    statementParts.map((part) => part[0]),
    statementParts.map((part) => part[1]),
    statementParts.map((part) => part[2]),
    statementParts.map((part) => part[3]),
    statementParts.map((part) => part[4]),
    areas.values,
    periods.values,
  ];
}

const STAGE_ROWS = `
CREATE TEMP TABLE staged_rows AS
SELECT st.indicator, ar.code AS area, pe.key AS period_key, st.dimension, st.item, x.value, x.symbol,
  x.qualifier, x.numerator, x.denominator, st.source_key, st.citation, x.ord
FROM unnest($1::int[], $2::int[], $3::int[], $4::numeric[], $5::text[], $6::text[], $7::numeric[], $8::numeric[])
  WITH ORDINALITY AS x(statement, area, period, value, symbol, qualifier, numerator, denominator, ord)
JOIN unnest($9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
  WITH ORDINALITY AS st(indicator, dimension, item, source_key, citation, n) ON st.n = x.statement
JOIN unnest($14::text[]) WITH ORDINALITY AS ar(code, n) ON ar.n = x.area
JOIN unnest($15::text[]) WITH ORDINALITY AS pe(key, n) ON pe.n = x.period`;

/**
 * Figures that are new, or that differ from the current statement of the same figure (same
 * indicator, area, period, breakdown, source and citation; current = not corrected since), each
 * with an observation id drawn now so that its revision can point at it. The joins are on plain
 * columns (a missing breakdown is 0), so PostgreSQL can hash them rather than look up row by row.
 */
const STAGE_CHANGES = `
CREATE TEMP TABLE staged_changes AS
SELECT x.*
FROM (
  SELECT s.*, b.id AS breakdown_item_id, src.id AS source_id, cur.id AS previous_id
  FROM staged_rows s
  LEFT JOIN "Source" src ON src.key = s.source_key
  LEFT JOIN "BreakdownItem" b ON b."dimensionCode" = s.dimension AND b.code = s.item
  LEFT JOIN (
    SELECT o.* FROM "Observation" o
    WHERE NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."supersededId" = o.id)
  ) cur ON cur."indicatorCode" = s.indicator AND cur."areaCode" = s.area AND cur."periodKey" = s.period_key
    AND coalesce(cur."breakdownItemId", 0) = coalesce(b.id, 0) AND cur."sourceId" = src.id
    AND cur.citation = s.citation
  WHERE cur.id IS NULL
     OR cur.value IS DISTINCT FROM s.value
     OR cur.symbol::text IS DISTINCT FROM s.symbol
     OR cur.qualifier::text IS DISTINCT FROM s.qualifier
     OR cur.numerator IS DISTINCT FROM s.numerator
     OR cur.denominator IS DISTINCT FROM s.denominator
  ORDER BY s.ord
) x`;

/** The advisory lock every load holds until its transaction ends. */
const LOAD_LOCK = 7_351_001;

/** Reserves ids for the staged figures in one step, returning the one before the first. */
const RESERVE_IDS = `
SELECT setval(seq, nextval(seq) + n - 1) - n AS base
FROM pg_get_serial_sequence('"Observation"', 'id') AS seq, (SELECT count(*) AS n FROM staged_changes) c`;

/** Staged figures whose codes the database does not hold; the reader's checks should leave none. */
const UNRESOLVED = `
SELECT count(*) AS unresolved FROM staged_changes s
WHERE s.source_id IS NULL
   OR (s.dimension IS NOT NULL AND s.breakdown_item_id IS NULL)
   OR NOT EXISTS (SELECT 1 FROM "Indicator" i WHERE i.code = s.indicator)
   OR NOT EXISTS (SELECT 1 FROM "Area" a WHERE a.code = s.area)
   OR NOT EXISTS (SELECT 1 FROM "Period" p WHERE p.key = s.period_key)`;

const INSERT_PERIODS = `
INSERT INTO "Period" (key, kind, start, "end", label)
SELECT key, kind, start::date, "end"::date, label
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS p(key, kind, start, "end", label)
ON CONFLICT (key) DO NOTHING`;

const INSERT_OBSERVATIONS = `
INSERT INTO "Observation" (id, "indicatorCode", "areaCode", "periodKey", "breakdownItemId", value, symbol,
  qualifier, numerator, denominator, "sourceId", citation, "releaseId")
SELECT $2::int + row_number() OVER (ORDER BY ord), indicator, area, period_key, breakdown_item_id, value,
  symbol::"StatSymbol", qualifier::"ValueQualifier", numerator, denominator, source_id, citation, $1
FROM staged_changes`;

const INSERT_REVISIONS = `
INSERT INTO "Revision" ("supersededId", "replacementId", "releaseId")
SELECT previous_id, new_id, $1
FROM (SELECT previous_id, $2::int + row_number() OVER (ORDER BY ord) AS new_id FROM staged_changes) numbered
WHERE previous_id IS NOT NULL`;

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
  // One load at a time: release versions are numbered, and observation ids reserved, per load.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${String(LOAD_LOCK)})`);
  const alreadyLoaded = await tx.release.findFirst({
    where: { dataset: details.dataset, checksum: details.checksum },
  });
  if (alreadyLoaded) return { release: null, inserted: 0, revised: 0, unchanged: records.length };

  const periods = [...new Map(records.map((record) => [record.period.key, record.period])).values()];
  await tx.$executeRawUnsafe(
    INSERT_PERIODS,
    periods.map((p) => p.key),
    periods.map((p) => p.kind),
    periods.map((p) => p.start),
    periods.map((p) => p.end),
    periods.map((p) => p.label),
  );
  // One transaction may load several files; each needs fresh staging tables.
  await tx.$executeRawUnsafe("DROP TABLE IF EXISTS staged_rows, staged_changes");
  await tx.$executeRawUnsafe(STAGE_ROWS, ...stagedParameters(records));
  // Fresh temporary tables have no statistics; without them the planner guesses the join badly.
  await tx.$executeRawUnsafe("ANALYZE staged_rows");
  await tx.$executeRawUnsafe(STAGE_CHANGES);
  return insertChanges(tx, details, records.length);
}

/**
 * PostgreSQL checks each inserted row's foreign keys one at a time, which is most of the time a
 * large load takes. When this connection may (PGlite, or a server where the platform's user is a
 * superuser), the references are checked once for all the staged rows instead, and the per-row
 * triggers are switched off for the insert only (SET LOCAL ends with the transaction).
 */
async function insertStaged(tx: Prisma.TransactionClient, releaseId: number): Promise<void> {
  const [role] = await tx.$queryRawUnsafe<{ superuser: boolean }[]>(
    `SELECT current_setting('is_superuser') = 'on' AS superuser`,
  );
  const [check] = await tx.$queryRawUnsafe<{ unresolved: bigint }[]>(UNRESOLVED);
  if (Number(check?.unresolved ?? 0) > 0)
    throw new Error(`${String(check?.unresolved)} figure(s) refer to codes the database does not hold.`);
  // Ids are reserved in one step rather than drawn row by row; loads hold LOAD_LOCK, and nothing
  // else adds observations.
  const [reserved] = await tx.$queryRawUnsafe<{ base: bigint }[]>(RESERVE_IDS);
  const base = Number(reserved?.base ?? 0);
  if (role?.superuser) await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
  await tx.$executeRawUnsafe(INSERT_OBSERVATIONS, releaseId, base);
  await tx.$executeRawUnsafe(INSERT_REVISIONS, releaseId, base);
  if (role?.superuser) await tx.$executeRawUnsafe("SET LOCAL session_replication_role = origin");
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
  await insertStaged(tx, release.id);
  return {
    release: { id: release.id, version: release.version },
    inserted: changed - revised,
    revised,
    unchanged: total - changed,
  };
}

import type { Prisma } from "@csc/db";
import type { FigureRecord } from "../figures/readFiguresCsv.ts";
import { encodeFigures, type EncodedFigures } from "./encodeFigures.ts";

export interface ReleaseDetails {
  /** What is being imported; versions are numbered per dataset. */
  readonly dataset: string;
  readonly checksum: string;
  readonly createdBy: string;
  readonly status: "draft" | "published";
  readonly description?: string;
  /**
   * The day the figures speak as of (ISO date): of two releases of the same figure, the later one
   * is current whatever order they arrive in. Omitted for council papers: import order decides.
   */
  readonly asOf?: string | null;
}

export interface LoadResult {
  /** The release created, or null when nothing in the file was new or changed. */
  readonly release: { id: number; version: number } | null;
  readonly inserted: number;
  readonly revised: number;
  readonly unchanged: number;
  /**
   * Figures that differ from those held but come from an earlier edition than theirs (a release
   * arriving late): kept as history, corrected by the later edition, never made current.
   */
  readonly earlierEdition: number;
}

const STAGE_STATEMENTS = `
CREATE TEMP TABLE staged_statements AS
SELECT st.n, st.indicator, st.dimension, st.item, st.source_key, st.citation, src.id AS source_id,
  b.id AS breakdown_item_id
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
  WITH ORDINALITY AS st(indicator, dimension, item, source_key, citation, n)
LEFT JOIN "Source" src ON src.key = st.source_key
LEFT JOIN "BreakdownItem" b ON b."dimensionCode" = st.dimension AND b.code = st.item`;

const STAGE_AREAS = `CREATE TEMP TABLE staged_areas AS SELECT n, code FROM unnest($1::text[]) WITH ORDINALITY AS a(code, n)`;

const STAGE_PERIODS = `CREATE TEMP TABLE staged_periods AS SELECT n, key FROM unnest($1::text[]) WITH ORDINALITY AS p(key, n)`;

/** Codes the staged figures use that the database does not hold; the reader's checks should leave none. */
const UNRESOLVED = `
SELECT 'source ' || source_key AS code FROM staged_statements WHERE source_id IS NULL
UNION ALL SELECT 'breakdown ' || dimension || '=' || item FROM staged_statements
  WHERE dimension IS NOT NULL AND breakdown_item_id IS NULL
UNION ALL SELECT 'indicator ' || indicator FROM staged_statements s
  WHERE NOT EXISTS (SELECT 1 FROM "Indicator" i WHERE i.code = s.indicator)
UNION ALL SELECT 'area ' || code FROM staged_areas s WHERE NOT EXISTS (SELECT 1 FROM "Area" a WHERE a.code = s.code)
UNION ALL SELECT 'period ' || key FROM staged_periods s WHERE NOT EXISTS (SELECT 1 FROM "Period" p WHERE p.key = s.key)`;

/**
 * Whether the database holds any figure with one of the file's statements (indicator, source and
 * citation), current or corrected. When it holds none, every figure in the file is new and there
 * is nothing to compare: the usual case for a first release, and the largest load.
 */
const ANY_HELD = `
SELECT EXISTS (
  SELECT 1 FROM staged_statements s
  JOIN "Observation" o ON o."indicatorCode" = s.indicator AND o."sourceId" = s.source_id AND o.citation = s.citation
) AS held`;

const FIGURE_TYPES = ["int", "int", "int", "numeric", "text", "text", "numeric", "numeric"];

/** The figures, one per row, from the encoded columns in parameters $first onwards. */
const figuresFrom = (first: number) => `
unnest(${FIGURE_TYPES.map((type, i) => `$${String(first + i)}::${type}[]`).join(", ")})
  WITH ORDINALITY AS x(statement, area, period, value, symbol, qualifier, numerator, denominator, ord)`;

const STAGE_ROWS = `CREATE TEMP TABLE staged_rows AS SELECT * FROM ${figuresFrom(1)}`;

/**
 * Figures that are new, or that differ from the current statement of the same figure (same
 * indicator, area, period, breakdown, source and citation; current = not corrected since), each
 * with the figure it corrects and whether it comes from an earlier edition than that figure ($1
 * is the new release's asOf day). The joins are on plain columns (a missing breakdown is 0), so
 * PostgreSQL can hash them rather than look up row by row.
 */
const STAGE_CHANGES = `
CREATE TEMP TABLE staged_changes AS
SELECT x.*
FROM (
  SELECT s.ord, st.indicator, a.code AS area, p.key AS period_key, st.breakdown_item_id, s.value, s.symbol,
    s.qualifier, s.numerator, s.denominator, st.source_id, st.citation, cur.id AS previous_id,
    cur."releaseId" AS previous_release_id,
    -- From an earlier edition: the new release's day before the held figure's release's.
    coalesce($1::date < cur.as_of, false) AS late
  FROM staged_rows s
  JOIN staged_statements st ON st.n = s.statement
  JOIN staged_areas a ON a.n = s.area
  JOIN staged_periods p ON p.n = s.period
  LEFT JOIN (
    SELECT o.*, rel."asOf" AS as_of FROM "Observation" o JOIN "Release" rel ON rel.id = o."releaseId"
    WHERE NOT EXISTS (SELECT 1 FROM "Revision" r WHERE r."supersededId" = o.id)
  ) cur ON cur."indicatorCode" = st.indicator AND cur."areaCode" = a.code AND cur."periodKey" = p.key
    AND coalesce(cur."breakdownItemId", 0) = coalesce(st.breakdown_item_id, 0)
    AND cur."sourceId" = st.source_id AND cur.citation = st.citation
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

/** Reserves $1 ids for new figures in one step, returning the one before the first. */
const RESERVE_IDS = `
SELECT setval(seq, nextval(seq) + $1::int - 1) - $1::int AS base
FROM pg_get_serial_sequence('"Observation"', 'id') AS seq`;

const INSERT_PERIODS = `
INSERT INTO "Period" (key, kind, start, "end", label)
SELECT key, kind, start::date, "end"::date, label
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS p(key, kind, start, "end", label)
ON CONFLICT (key) DO NOTHING`;

const OBSERVATION_COLUMNS = `id, "indicatorCode", "areaCode", "periodKey", "breakdownItemId", value, symbol,
  qualifier, numerator, denominator, "sourceId", citation, "releaseId"`;

/** Every figure in the file, straight from the parameters: for a file with nothing to compare. */
const INSERT_ALL = `
INSERT INTO "Observation" (${OBSERVATION_COLUMNS})
SELECT $2::int + x.ord, st.indicator, a.code, p.key, st.breakdown_item_id, x.value, x.symbol::"StatSymbol",
  x.qualifier::"ValueQualifier", x.numerator, x.denominator, st.source_id, st.citation, $1
FROM ${figuresFrom(3)}
JOIN staged_statements st ON st.n = x.statement
JOIN staged_areas a ON a.n = x.area
JOIN staged_periods p ON p.n = x.period`;

const INSERT_CHANGES = `
INSERT INTO "Observation" (${OBSERVATION_COLUMNS})
SELECT $2::int + row_number() OVER (ORDER BY ord), indicator, area, period_key, breakdown_item_id, value,
  symbol::"StatSymbol", qualifier::"ValueQualifier", numerator, denominator, source_id, citation, $1
FROM staged_changes`;

/**
 * A changed figure corrects the one held, unless it comes from an earlier edition (late): then the
 * held figure corrects it, and the revision belongs to the held figure's release.
 */
const INSERT_REVISIONS = `
INSERT INTO "Revision" ("supersededId", "replacementId", "releaseId")
SELECT CASE WHEN late THEN new_id ELSE previous_id END,
  CASE WHEN late THEN previous_id ELSE new_id END,
  CASE WHEN late THEN previous_release_id ELSE $1 END
FROM (
  SELECT previous_id, previous_release_id, late, $2::int + row_number() OVER (ORDER BY ord) AS new_id
  FROM staged_changes
) numbered
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
  if (alreadyLoaded)
    return { release: null, inserted: 0, revised: 0, unchanged: records.length, earlierEdition: 0 };
  if (records.length === 0)
    return { release: null, inserted: 0, revised: 0, unchanged: 0, earlierEdition: 0 };

  const encoded = encodeFigures(records);
  const { periods } = encoded;
  await tx.$executeRawUnsafe(
    INSERT_PERIODS,
    periods.map((p) => p.key),
    periods.map((p) => p.kind),
    periods.map((p) => p.start),
    periods.map((p) => p.end),
    periods.map((p) => p.label),
  );
  await stageDictionaries(tx, encoded);
  const [check] = await tx.$queryRawUnsafe<{ held: boolean }[]>(ANY_HELD);
  if (!check?.held) {
    const release = await createRelease(tx, details);
    await insertFigures(tx, records.length, (base) =>
      tx.$executeRawUnsafe(INSERT_ALL, release.id, base, ...encoded.columns),
    );
    return { release, inserted: records.length, revised: 0, unchanged: 0, earlierEdition: 0 };
  }

  await tx.$executeRawUnsafe(STAGE_ROWS, ...encoded.columns);
  // Fresh temporary tables have no statistics; without them the planner guesses the join badly.
  await tx.$executeRawUnsafe("ANALYZE staged_rows");
  await tx.$executeRawUnsafe(STAGE_CHANGES, details.asOf ?? null);
  const [counts] = await tx.$queryRawUnsafe<{ changed: bigint; revised: bigint; late: bigint }[]>(
    `SELECT count(*) AS changed, count(previous_id) AS revised, count(*) FILTER (WHERE late) AS late
     FROM staged_changes`,
  );
  const changed = Number(counts?.changed ?? 0);
  const late = Number(counts?.late ?? 0);
  const revised = Number(counts?.revised ?? 0) - late;
  if (changed === 0)
    return { release: null, inserted: 0, revised: 0, unchanged: records.length, earlierEdition: 0 };
  const release = await createRelease(tx, details);
  await insertFigures(tx, changed, async (base) => {
    await tx.$executeRawUnsafe(INSERT_CHANGES, release.id, base);
    await tx.$executeRawUnsafe(INSERT_REVISIONS, release.id, base);
  });
  return {
    release,
    inserted: changed - revised - late,
    revised,
    unchanged: records.length - changed,
    earlierEdition: late,
  };
}

/** The file's statements, areas and periods as small tables, each row numbered as encoded. */
async function stageDictionaries(tx: Prisma.TransactionClient, encoded: EncodedFigures): Promise<void> {
  // One transaction may load several files; each needs fresh staging tables.
  await tx.$executeRawUnsafe(
    "DROP TABLE IF EXISTS staged_statements, staged_areas, staged_periods, staged_rows, staged_changes",
  );
  const { statements } = encoded;
  await tx.$executeRawUnsafe(
    STAGE_STATEMENTS,
    statements.map((statement) => statement.indicator),
    statements.map((statement) => statement.dimension),
    statements.map((statement) => statement.item),
    statements.map((statement) => statement.sourceKey),
    statements.map((statement) => statement.citation),
  );
  await tx.$executeRawUnsafe(STAGE_AREAS, encoded.areas);
  await tx.$executeRawUnsafe(
    STAGE_PERIODS,
    encoded.periods.map((period) => period.key),
  );
  await tx.$executeRawUnsafe("ANALYZE staged_statements, staged_areas, staged_periods");
}

async function createRelease(
  tx: Prisma.TransactionClient,
  details: ReleaseDetails,
): Promise<{ id: number; version: number }> {
  const latest = await tx.release.aggregate({ where: { dataset: details.dataset }, _max: { version: true } });
  return tx.release.create({
    data: {
      dataset: details.dataset,
      version: (latest._max.version ?? 0) + 1,
      status: details.status,
      checksum: details.checksum,
      createdBy: details.createdBy,
      description: details.description ?? null,
      publishedAt: details.status === "published" ? new Date() : null,
      asOf: details.asOf ? new Date(`${details.asOf}T00:00:00Z`) : null,
    },
    select: { id: true, version: true },
  });
}

/**
 * Reserves ids for `count` new figures and runs `insert` with the id before the first.
 * PostgreSQL checks each inserted row's foreign keys one at a time, which is most of the time a
 * large load takes. When this connection may (PGlite, or a server where the platform's user is a
 * superuser), the references are checked once for the file's few distinct codes instead, and the
 * per-row triggers are switched off for the insert only (SET LOCAL ends with the transaction).
 */
async function insertFigures(
  tx: Prisma.TransactionClient,
  count: number,
  insert: (base: number) => Promise<unknown>,
): Promise<void> {
  const [role] = await tx.$queryRawUnsafe<{ superuser: boolean }[]>(
    `SELECT current_setting('is_superuser') = 'on' AS superuser`,
  );
  const unresolved = await tx.$queryRawUnsafe<{ code: string }[]>(UNRESOLVED);
  if (unresolved.length > 0)
    throw new Error(
      `The figures refer to codes the database does not hold: ${unresolved.map((row) => row.code).join(", ")}.`,
    );
  // Ids are reserved in one step rather than drawn row by row; loads hold LOAD_LOCK, and nothing
  // else adds observations.
  const [reserved] = await tx.$queryRawUnsafe<{ base: bigint }[]>(RESERVE_IDS, count);
  const base = Number(reserved?.base ?? 0);
  if (role?.superuser) await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
  await insert(base);
  if (role?.superuser) await tx.$executeRawUnsafe("SET LOCAL session_replication_role = origin");
}

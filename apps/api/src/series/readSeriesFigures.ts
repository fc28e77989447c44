import {
  Prisma,
  type PrismaClient,
  type ReleaseStatus,
  type StatSymbol,
  type ValueQualifier,
  type Visibility,
} from "@csc/db";
import { figureOfColumns } from "@csc/domain";
import type { SeriesObservation } from "./buildSeries.ts";

/** What the series requests of one read have in common: the union of what each asks for. */
export interface SeriesFiguresWanted {
  readonly indicatorCodes: readonly string[];
  /** Null for every area. */
  readonly areaCodes: readonly string[] | null;
  /** ISO dates: periods that start on or after `from` and end on or before `to`. */
  readonly from: string | null;
  readonly to: string | null;
}

/** A stored figure with what each request is cut out by. */
export interface SeriesFigure {
  readonly indicatorCode: string;
  readonly sourceId: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly observation: SeriesObservation;
}

/** One row of the statement below; columns are cast so that the drivers hand back plain values. */
type Row = FigureColumns & BreakdownColumns & RevisionColumns;

interface FigureColumns {
  id: number;
  indicatorCode: string;
  areaCode: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  symbol: StatSymbol | null;
  qualifier: ValueQualifier | null;
  numerator: number | null;
  denominator: number | null;
  citation: string;
  sourceId: number;
  sourceTitle: string;
  publishedOn: string | null;
  releaseId: number;
  releaseVersion: number;
  releaseDataset: string;
  releaseStatus: ReleaseStatus;
}

type BreakdownColumns =
  | {
      dimensionCode: string;
      dimensionName: string;
      itemCode: string;
      itemName: string;
      itemSortOrder: number;
    }
  | { dimensionCode: null; dimensionName: null; itemCode: null; itemName: null; itemSortOrder: null };

type RevisionColumns =
  | {
      replacementId: number;
      replacedInId: number;
      replacedInVersion: number;
      replacedInDataset: string;
      replacedInStatus: ReleaseStatus;
    }
  | {
      replacementId: null;
      replacedInId: null;
      replacedInVersion: null;
      replacedInDataset: null;
      replacedInStatus: null;
    };

/**
 * Every figure the reader may see of the indicators, areas and dates wanted, with its period,
 * source, breakdown, release and correction, in one hand-written statement. Through Prisma's
 * `include` the same read was eight statements and a decoded object per row and relation: the
 * every-area series with every council took 58–72 ms to load rather than 41 (docs/benchmarks.md).
 * Values are read as `float8`: the shortest text PostgreSQL writes for one parses to the same
 * number as the stored decimal does.
 */
export async function readSeriesFigures(
  prisma: PrismaClient,
  visibility: Visibility,
  wanted: SeriesFiguresWanted,
): Promise<SeriesFigure[]> {
  const conditions = [
    Prisma.sql`o."indicatorCode" = ANY(${[...wanted.indicatorCodes]}::text[])`,
    visibility.seesReleaseWithStatus(Prisma.sql`r."status"`),
  ];
  if (wanted.areaCodes) conditions.push(Prisma.sql`o."areaCode" = ANY(${[...wanted.areaCodes]}::text[])`);
  if (wanted.from) conditions.push(Prisma.sql`p."start" >= ${wanted.from}::date`);
  if (wanted.to) conditions.push(Prisma.sql`p."end" <= ${wanted.to}::date`);
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT o."id", o."indicatorCode", o."areaCode", o."periodKey",
      to_char(p."start", 'YYYY-MM-DD') AS "periodStart", to_char(p."end", 'YYYY-MM-DD') AS "periodEnd",
      o."value"::float8 AS "value", o."symbol"::text AS "symbol", o."qualifier"::text AS "qualifier",
      o."numerator"::float8 AS "numerator", o."denominator"::float8 AS "denominator", o."citation",
      s."id" AS "sourceId", s."title" AS "sourceTitle",
      to_char(s."publishedOn", 'YYYY-MM-DD') AS "publishedOn",
      r."id" AS "releaseId", r."version" AS "releaseVersion", r."dataset" AS "releaseDataset",
      r."status"::text AS "releaseStatus",
      b."dimensionCode", d."name" AS "dimensionName", b."code" AS "itemCode", b."name" AS "itemName",
      b."sortOrder" AS "itemSortOrder",
      v."replacementId", vr."id" AS "replacedInId", vr."version" AS "replacedInVersion",
      vr."dataset" AS "replacedInDataset", vr."status"::text AS "replacedInStatus"
    FROM "Observation" o
    JOIN "Period" p ON p."key" = o."periodKey"
    JOIN "Source" s ON s."id" = o."sourceId"
    JOIN "Release" r ON r."id" = o."releaseId"
    LEFT JOIN "BreakdownItem" b ON b."id" = o."breakdownItemId"
    LEFT JOIN "BreakdownDimension" d ON d."code" = b."dimensionCode"
    LEFT JOIN "Revision" v ON v."supersededId" = o."id"
    LEFT JOIN "Release" vr ON vr."id" = v."releaseId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY o."id"`;
  return rows.map((row) => figureOfRow(row, visibility));
}

function figureOfRow(row: Row, visibility: Visibility): SeriesFigure {
  const release = {
    id: row.releaseId,
    version: row.releaseVersion,
    dataset: row.releaseDataset,
    status: row.releaseStatus,
  };
  const replacedIn =
    row.replacedInId === null
      ? null
      : {
          id: row.replacedInId,
          version: row.replacedInVersion,
          dataset: row.replacedInDataset,
          status: row.replacedInStatus,
        };
  return {
    indicatorCode: row.indicatorCode,
    sourceId: row.sourceId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    observation: {
      id: row.id,
      areaCode: row.areaCode,
      periodKey: row.periodKey,
      breakdown:
        row.itemCode === null
          ? null
          : {
              dimensionCode: row.dimensionCode,
              dimensionName: row.dimensionName,
              itemCode: row.itemCode,
              itemName: row.itemName,
              sortOrder: row.itemSortOrder,
            },
      figure: figureOfColumns(row.value, row.symbol, row.qualifier),
      numerator: row.numerator,
      denominator: row.denominator,
      source: {
        sourceId: row.sourceId,
        title: row.sourceTitle,
        citation: row.citation,
        releaseVersion: row.releaseVersion,
        releaseDataset: row.releaseDataset,
        publishedOn: row.publishedOn,
      },
      release,
      // A correction only a draft makes is not one for a reader who cannot see drafts.
      supersededBy:
        row.replacementId !== null && replacedIn && visibility.seesRelease(replacedIn)
          ? { replacementId: row.replacementId, release: replacedIn }
          : null,
    },
  };
}

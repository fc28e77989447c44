import { areaOfRow, refreshPlannerStatistics, visibilityFor, type PrismaClient } from "@csc/db";
import { describeBytes, type Indicator, type QualityIssue } from "@csc/domain";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";
import { loadRelease, type LoadResult } from "../load/loadRelease.ts";
import {
  markIndicatorsPending,
  registerImportedCatalogue,
  revealIndicatorsOf,
} from "../load/registerImportedCatalogue.ts";
import { checkDataQuality } from "../quality/checkDataQuality.ts";
import { maxImportBytes } from "./importLimits.ts";
import { pairMetaFiles } from "./pairMetaFiles.ts";
import { readCareExtract } from "../ssda903/readCareExtract.ts";
import { splitCareExtract } from "../ssda903/splitCareExtract.ts";
import type { ImportFormat } from "./importFormat.ts";
import {
  readImportFile,
  type ImportContext,
  type ImportFile,
  type ReadImportFile,
} from "./readImportFile.ts";

export interface ImportOptions {
  /** Who is importing, recorded on each release. */
  readonly createdBy: string;
  /** Check everything and report what would change, then write nothing. */
  readonly dryRun?: boolean;
  /** Publish the releases at once instead of leaving them as drafts for an author to check. */
  readonly publish?: boolean;
  /** Run the data-quality rules on the imported figures (default true). */
  readonly checkQuality?: boolean;
  /**
   * The council an SSDA903 extract is for (a GSS code): the extract's tables do not say whose
   * they are. Other files name their areas themselves.
   */
  readonly area?: string | undefined;
  /** Told when the files have been checked and writing starts, for a progress message. */
  readonly onWriting?: (figures: number, files: number) => void;
}

export interface ImportedFile {
  readonly file: string;
  readonly format: ImportFormat;
  readonly dataset: string;
  readonly title: string;
  readonly checksum: string;
  readonly figures: number;
  readonly notes: readonly string[];
  /** Indicators made for a table the importer has no mapping for, new with this import. */
  readonly indicatorsAdded: readonly Indicator[];
  readonly result: LoadResult;
  /** Whether its release was published at once; a draft otherwise. */
  readonly published: boolean;
}

export interface ImportSummary {
  readonly dryRun: boolean;
  readonly files: readonly ImportedFile[];
  /** What the data-quality rules find about the imported figures, with those already held. */
  readonly qualityIssues: readonly QualityIssue[];
}

/** Unwinds a dry run's transaction after it has worked out what would change. */
class DryRunFinished extends Error {
  constructor(readonly summary: ImportSummary) {
    super("dry run finished");
  }
}

export async function readImportContext(prisma: PrismaClient): Promise<ImportContext> {
  if ((await prisma.indicator.count()) === 0)
    throw new Error(
      "The database has not been set up: it holds no indicators, areas or sources to check figures against. Run `npm start` once (it migrates the database and loads the catalogue, sources and demo figures), then import again.",
    );
  const [areas, sources] = await Promise.all([
    prisma.area.findMany(),
    prisma.source.findMany({ select: { key: true } }),
  ]);
  return {
    areas: areas.map(areaOfRow),
    sourceKeys: new Set(sources.map((source) => source.key)),
  };
}

/**
 * Imports files as releases, all or nothing: every file is read and checked first, and every
 * problem in every file is reported together; then all are written in one transaction, so that a
 * failure (or a killed process) part-way leaves the database as it was.
 */
export async function importFiles(
  prisma: PrismaClient,
  files: readonly ImportFile[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const context = await readImportContext(prisma);
  const problems: ImportProblem[] = [];
  let unlisted = 0;
  const read: ReadImportFile[] = [];
  const limit = maxImportBytes();
  const { dataFiles, unpaired } = pairMetaFiles(files);
  const { extract, others } = splitCareExtract(dataFiles);
  for (const meta of unpaired)
    problems.push({
      file: meta.name,
      line: 0,
      message: `a .meta.csv describes a data file; import it with ${meta.name.replace(/\.meta\.csv$/i, ".csv")}`,
    });
  for (const file of [...others, ...extract.map((table) => table.file)]) {
    if (file.bytes.length > limit) {
      problems.push({
        file: file.name,
        line: 0,
        message: `the file is ${describeBytes(file.bytes.length)}; files up to ${describeBytes(limit)} can be imported (CSC_MAX_IMPORT_MB). Split it, or check it is the right file`,
      });
      continue;
    }
    if (extract.some((table) => table.file === file)) continue;
    try {
      read.push(readImportFile(file, context));
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      problems.push(...error.problems);
      unlisted += error.problemCount - error.problems.length;
    }
  }
  if (extract.length > 0 && extract.every((table) => table.file.bytes.length <= limit)) {
    try {
      read.push(readCareExtract(extract, options.area, context));
    } catch (error) {
      if (!(error instanceof ImportValidationError)) throw error;
      problems.push(...error.problems);
      unlisted += error.problemCount - error.problems.length;
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems, problems.length + unlisted);

  options.onWriting?.(
    read.reduce((total, file) => total + file.records.length, 0),
    read.length,
  );
  try {
    const summary = await prisma.$transaction(
      async (tx) => {
        const imported: ImportedFile[] = [];
        for (const file of read) {
          const indicatorsAdded = file.catalogue ? await registerImportedCatalogue(tx, file.catalogue) : [];
          const result = await loadRelease(
            tx,
            {
              dataset: file.dataset,
              checksum: file.checksum,
              createdBy: options.createdBy,
              status: options.publish ? "published" : "draft",
              description: `${file.title} (${file.file})`,
              // A council paper's figures are ordered by the paper's date; a statistics table's
              // by the years it covers, since each edition adds the latest year.
              asOf: file.format === "figures" ? null : latestPeriodEnd(file.records),
            },
            file.records,
          );
          if (result.release && options.publish) await revealIndicatorsOf(tx, result.release.id);
          else if (result.release) await markIndicatorsPending(tx, indicatorsAdded, result.release.id);
          const { records, catalogue, ...rest } = file;
          imported.push({
            ...rest,
            figures: records.length,
            indicatorsAdded: catalogue?.indicators.filter((i) => indicatorsAdded.includes(i.code)) ?? [],
            result,
            published: options.publish ?? false,
          });
        }
        const releaseIds = imported.flatMap((file) => (file.result.release ? [file.result.release.id] : []));
        const qualityIssues =
          options.checkQuality === false || releaseIds.length === 0
            ? []
            : await checkDataQuality(tx, { visibility: visibilityFor(true), releaseIds });
        const summary = { dryRun: options.dryRun ?? false, files: imported, qualityIssues };
        if (options.dryRun) throw new DryRunFinished(summary);
        return summary;
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
    if (summary.files.some((file) => file.result.release)) await refreshPlannerStatistics(prisma);
    return summary;
  } catch (error) {
    if (error instanceof DryRunFinished) return error.summary;
    throw error;
  }
}

function latestPeriodEnd(records: readonly { period: { end: string } }[]): string | null {
  let latest: string | null = null;
  for (const record of records) if (latest === null || record.period.end > latest) latest = record.period.end;
  return latest;
}

import type { Prisma, PrismaClient, Visibility } from "@csc/db";
import { runQualityRules, type QualityFigure, type QualityIssue, type QualitySeverity } from "@csc/domain";
import { observationSelect, QualityFigureLookups, type StoredObservation } from "./qualityFigureLookups.ts";

/** Well under PostgreSQL's limit of 32,767 parameters a statement. */
const IDS_PER_READ = 10_000;
const FIGURES_PER_READ = 20_000;

export interface QualityScope {
  /** Only findings that involve this indicator. */
  readonly indicator?: string | undefined;
  /** Only findings about this area. */
  readonly area?: string | undefined;
  readonly severity?: QualitySeverity | undefined;
  /** Only findings that involve a figure of one of these releases (those just imported). */
  readonly releaseIds?: readonly number[] | undefined;
  /** Who is asking: authors see draft releases too; everyone else sees what is published. */
  readonly visibility: Visibility;
}

/**
 * Runs the data-quality rules over the figures a reader may see: the current figures (those no
 * visible release has corrected) and the corrections themselves.
 */
export async function checkDataQuality(
  prisma: PrismaClient | Prisma.TransactionClient,
  scope: QualityScope,
  figuresPerRead = FIGURES_PER_READ,
): Promise<QualityIssue[]> {
  const { visibility } = scope;
  const area: Prisma.ObservationWhereInput = scope.area ? { areaCode: scope.area } : {};
  const lookups = await QualityFigureLookups.read(prisma, visibility);
  // The figures just imported are all among those loaded: current ones, and the corrections.
  const releaseIds = scope.releaseIds ? new Set(scope.releaseIds) : null;
  const fromReleases = new Set<number>();
  const current: QualityFigure[] = [];
  // Read a page at a time and kept only as the rules' figures, so that a check of every figure
  // (200,000 in the import benchmark) never holds all of their rows as well: across the embedded
  // database's thread, rows are copied, so each row read costs twice.
  for (let after = 0; ;) {
    const page = await prisma.observation.findMany({
      where: { AND: [{ ...area, ...visibility.currentObservation }, { id: { gt: after } }] },
      select: observationSelect,
      orderBy: { id: "asc" },
      take: figuresPerRead,
    });
    for (const observation of page) {
      current.push(lookups.figure(observation));
      if (releaseIds?.has(observation.releaseId)) fromReleases.add(observation.id);
    }
    const last = page.at(-1);
    if (!last || page.length < figuresPerRead) break;
    after = last.id;
  }
  // Revisions, their figures and their releases are read flat and one after another: Prisma reads a
  // nested select's relations in parallel, which a transaction's single connection does not allow
  // (pg warns that it will refuse it in pg 9).
  const revisionWhere: Prisma.RevisionWhereInput = {
    ...visibility.revision,
    superseded: { ...area, ...visibility.observation },
  };
  const flatRevisions = await prisma.revision.findMany({
    where: revisionWhere,
    select: { supersededId: true, replacementId: true, releaseId: true },
    orderBy: { id: "asc" },
  });
  const revised = new Map<number, StoredObservation>();
  const ids = [...new Set(flatRevisions.flatMap((r) => [r.supersededId, r.replacementId]))];
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const figures = await prisma.observation.findMany({
      where: { id: { in: ids.slice(i, i + IDS_PER_READ) } },
      select: observationSelect,
    });
    for (const figure of figures) revised.set(figure.id, figure);
  }
  const revisingReleases = [...new Set(flatRevisions.map((r) => r.releaseId))];
  const releases = new Map(
    (
      await prisma.release.findMany({
        where: { id: { in: revisingReleases } },
        select: { id: true, dataset: true, version: true },
      })
    ).map((release) => [release.id, { dataset: release.dataset, version: release.version }]),
  );
  const revisions = flatRevisions.flatMap((revision) => {
    const superseded = revised.get(revision.supersededId);
    const replacement = revised.get(revision.replacementId);
    const release = releases.get(revision.releaseId);
    return superseded && replacement && release ? [{ superseded, replacement, release }] : [];
  });
  for (const revision of revisions)
    if (releaseIds?.has(revision.replacement.releaseId)) fromReleases.add(revision.replacement.id);
  const issues = runQualityRules(
    current,
    revisions.map((revision) => ({
      before: lookups.figure(revision.superseded),
      after: lookups.figure(revision.replacement),
      release: revision.release,
    })),
  );
  return issues.filter(
    (issue) =>
      (!releaseIds || issue.figures.some((figure) => fromReleases.has(figure.id))) &&
      (!scope.severity || issue.severity === scope.severity) &&
      (!scope.indicator || issue.figures.some((figure) => figure.indicator.code === scope.indicator)),
  );
}

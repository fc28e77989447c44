import type { Prisma, PrismaClient } from "@csc/db";
import {
  figureOfObservation,
  periodFromKey,
  requireIndicator,
  runQualityRules,
  type QualityFigure,
  type QualityIssue,
  type QualitySeverity,
} from "@csc/domain";

export interface QualityScope {
  /** Only findings that involve this indicator. */
  readonly indicator?: string | undefined;
  /** Only findings about this area. */
  readonly area?: string | undefined;
  readonly severity?: QualitySeverity | undefined;
  /** Only findings that involve a figure of one of these releases (those just imported). */
  readonly releaseIds?: readonly number[] | undefined;
  /** Authors see draft releases too; everyone else sees what is published. */
  readonly seesDrafts: boolean;
}

const observationInclude = {
  area: { select: { code: true, name: true } },
  breakdownItem: { select: { code: true, name: true, dimensionCode: true } },
  source: { select: { key: true, title: true } },
} satisfies Prisma.ObservationInclude;

type StoredObservation = Prisma.ObservationGetPayload<{ include: typeof observationInclude }>;

function qualityFigure(o: StoredObservation): QualityFigure {
  return {
    id: o.id,
    indicator: requireIndicator(o.indicatorCode),
    area: o.area,
    period: periodFromKey(o.periodKey),
    breakdown: o.breakdownItem
      ? { dimension: o.breakdownItem.dimensionCode, item: o.breakdownItem.code, name: o.breakdownItem.name }
      : null,
    figure: figureOfObservation(o),
    numerator: o.numerator?.toNumber() ?? null,
    denominator: o.denominator?.toNumber() ?? null,
    source: o.source,
    citation: o.citation,
  };
}

/**
 * Runs the data-quality rules over the figures a reader may see: the current figures (those no
 * visible release has corrected) and the corrections themselves.
 */
export async function checkDataQuality(
  prisma: PrismaClient | Prisma.TransactionClient,
  scope: QualityScope,
): Promise<QualityIssue[]> {
  const visible: Prisma.ReleaseWhereInput = scope.seesDrafts ? {} : { status: "published" };
  const where: Prisma.ObservationWhereInput = {
    release: visible,
    ...(scope.area ? { areaCode: scope.area } : {}),
  };
  // One after the other: after an import they run in its transaction, on a single connection.
  const observations = await prisma.observation.findMany({
    where: { ...where, supersededBy: { is: null } },
    include: observationInclude,
    orderBy: { id: "asc" },
  });
  const revisions = await prisma.revision.findMany({
    where: { superseded: where, replacement: { release: visible } },
    include: {
      superseded: { include: observationInclude },
      replacement: { include: observationInclude },
      release: { select: { dataset: true, version: true } },
    },
    orderBy: { id: "asc" },
  });
  // A figure corrected only by a draft is still the current one for those who cannot see drafts.
  const hiddenCorrections = scope.seesDrafts
    ? []
    : await prisma.observation.findMany({
        where: { ...where, supersededBy: { replacement: { release: { status: "draft" } } } },
        include: observationInclude,
      });
  const issues = runQualityRules(
    [...observations, ...hiddenCorrections].map(qualityFigure),
    revisions.map((revision) => ({
      before: qualityFigure(revision.superseded),
      after: qualityFigure(revision.replacement),
      release: revision.release,
    })),
  );
  // The figures just imported are all among those loaded: current ones, and the corrections.
  const releaseIds = scope.releaseIds ? new Set(scope.releaseIds) : null;
  const fromReleases = releaseIds
    ? new Set(
        [...observations, ...revisions.map((revision) => revision.replacement)]
          .filter((o) => releaseIds.has(o.releaseId))
          .map((o) => o.id),
      )
    : null;
  return issues.filter(
    (issue) =>
      (!fromReleases || issue.figures.some((figure) => fromReleases.has(figure.id))) &&
      (!scope.severity || issue.severity === scope.severity) &&
      (!scope.indicator || issue.figures.some((figure) => figure.indicator.code === scope.indicator)),
  );
}

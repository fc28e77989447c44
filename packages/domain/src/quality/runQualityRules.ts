import { breakdownSums } from "./breakdownSums.ts";
import { netChangeIdentity } from "./netChangeIdentity.ts";
import type { QualityFigure, QualityIssue, QualityRevision, QualitySeverity } from "./qualityIssue.ts";
import { ratioArithmetic } from "./ratioArithmetic.ts";
import { revisionsBetweenReleases } from "./revisionsBetweenReleases.ts";
import { sourceDisagreements } from "./sourceDisagreements.ts";

const SEVERITY_ORDER: Record<QualitySeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Every data-quality rule over the current figures and the revisions between releases, most
 * serious first, then by indicator, area and period.
 */
export function runQualityRules(
  figures: readonly QualityFigure[],
  revisions: readonly QualityRevision[],
): QualityIssue[] {
  return [
    ...netChangeIdentity(figures),
    ...breakdownSums(figures),
    ...ratioArithmetic(figures),
    ...sourceDisagreements(figures),
    ...revisionsBetweenReleases(revisions),
  ].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.indicator.code.localeCompare(b.indicator.code) ||
      a.area.name.localeCompare(b.area.name) ||
      a.period.start.localeCompare(b.period.start) ||
      a.key.localeCompare(b.key),
  );
}

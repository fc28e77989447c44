import { formatFigure } from "../figures/formatFigure.ts";
import { describeDifference } from "./describeQualityFigure.ts";
import type { QualityIssue, QualityRevision } from "./qualityIssue.ts";
import { qualityKey } from "./qualityKey.ts";

/**
 * Figures a later release changed, with the size of the change. A release that only restates the
 * base of a rate (a revised population estimate) without changing the figure is not listed.
 */
export function revisionsBetweenReleases(revisions: readonly QualityRevision[]): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const { before, after, release } of revisions) {
    const was = before.figure;
    const now = after.figure;
    if (was.value === now.value && was.symbol === now.symbol && was.qualifier === now.qualifier) continue;
    const { unit, decimals } = after.indicator;
    const difference = was.value !== undefined && now.value !== undefined ? now.value - was.value : null;
    const change = difference === null ? "" : ` (${describeDifference(difference, after.indicator)})`;
    issues.push({
      key: qualityKey("revision", [before, after]),
      rule: "revision",
      severity: "info",
      indicator: after.indicator,
      area: after.area,
      period: after.period,
      breakdown: after.breakdown,
      message: `Revised from ${formatFigure(was, unit, decimals)} to ${formatFigure(now, unit, decimals)}${change} by ${release.dataset} release ${String(release.version)} (${after.source.title}: ${after.citation}).`,
      figures: [before, after],
      difference,
    });
  }
  return issues;
}

import { describeDifference, describeQualityFigure } from "./describeQualityFigure.ts";
import type { QualityFigure, QualityIssue } from "./qualityIssue.ts";
import { cellKey, qualityKey } from "./qualityKey.ts";

/**
 * The same figure (indicator, or one that counts the same thing, area, period and breakdown)
 * published with different values in different places: two tables of one report, or a council
 * report and the DfE. Hedged figures ("over 100") and symbols are not compared.
 */
export function sourceDisagreements(figures: readonly QualityFigure[]): QualityIssue[] {
  const groups = new Map<string, QualityFigure[]>();
  for (const figure of figures) {
    if (figure.figure.value === undefined || figure.figure.qualifier) continue;
    // Indicators that count the same thing share one group, named after the first code.
    const measure = [figure.indicator.code, ...(figure.indicator.sameMeasureAs ?? [])].sort()[0] ?? "";
    const key = cellKey(figure, measure);
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const issues: QualityIssue[] = [];
  for (const group of groups.values()) {
    const values = group.map((figure) => figure.figure.value ?? 0);
    const lowest = Math.min(...values);
    const highest = Math.max(...values);
    if (lowest === highest) continue;
    const ordered = [...group].sort((a, b) => (a.figure.value ?? 0) - (b.figure.value ?? 0) || a.id - b.id);
    const [first] = ordered;
    if (!first) continue;
    const sameSource = new Set(group.map((figure) => figure.source.key)).size === 1;
    issues.push({
      key: qualityKey("source-disagreement", group),
      rule: "source-disagreement",
      severity: "warning",
      indicator: first.indicator,
      area: first.area,
      period: first.period,
      breakdown: first.breakdown,
      message:
        `${sameSource ? "Tables of the same publication" : "Sources"} disagree by ${describeDifference(highest - lowest, first.indicator)}: ` +
        ordered.map(describeQualityFigure).join("; "),
      figures: ordered,
      difference: highest - lowest,
    });
  }
  return issues;
}

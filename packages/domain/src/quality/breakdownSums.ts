import { findIndicator } from "../indicators/catalogue.ts";
import { describeDifference, describeQualityFigure } from "./describeQualityFigure.ts";
import type { QualityFigure, QualityIssue } from "./qualityIssue.ts";
import { qualityKey } from "./qualityKey.ts";

/** DfE rounds national and regional counts to the nearest 10, so their parts may not add up exactly. */
function roundingAllowance(parts: readonly QualityFigure[], total: QualityFigure): number {
  const all = [...parts, total];
  return all.every((figure) => (figure.figure.value ?? 0) % 10 === 0) ? 5 * all.length : 0;
}

/**
 * The items of a breakdown that covers every case (referral sources, categories of need) must add
 * up to the total they break down. Parts are added within one source and table; the total may come
 * from any source, which is how the council's referral sources are checked against the DfE count.
 */
export function breakdownSums(figures: readonly QualityFigure[]): QualityIssue[] {
  const parts = new Map<string, QualityFigure[]>();
  const totals = new Map<string, QualityFigure[]>();
  for (const figure of figures) {
    const place = `${figure.area.code}|${figure.period.key}`;
    if (figure.breakdown && figure.indicator.totalIndicator) {
      // A report cites each item's own row, so parts are grouped by source, one figure per item.
      const key = `${figure.indicator.code}|${place}|${figure.source.key}`;
      const group = parts.get(key) ?? [];
      if (!group.some((part) => part.breakdown?.item === figure.breakdown?.item)) group.push(figure);
      parts.set(key, group);
    } else if (!figure.breakdown) {
      const key = `${figure.indicator.code}|${place}`;
      totals.set(key, [...(totals.get(key) ?? []), figure]);
    }
  }
  const issues: QualityIssue[] = [];
  for (const group of parts.values()) {
    const [first] = group;
    if (!first || group.length < 2 || group.some((part) => part.figure.value === undefined)) continue;
    const totalIndicator = findIndicator(first.indicator.totalIndicator ?? "");
    if (!totalIndicator) continue;
    const sum = group.reduce((total, part) => total + (part.figure.value ?? 0), 0);
    const candidates = totals.get(`${totalIndicator.code}|${first.area.code}|${first.period.key}`) ?? [];
    const wrong = candidates.filter(
      (total) =>
        total.figure.value !== undefined &&
        !total.figure.qualifier &&
        Math.abs(sum - total.figure.value) > roundingAllowance(group, total),
    );
    const [nearest] = [...wrong].sort(
      (a, b) => Math.abs(sum - (a.figure.value ?? 0)) - Math.abs(sum - (b.figure.value ?? 0)),
    );
    if (!nearest) continue;
    const difference = sum - (nearest.figure.value ?? 0);
    issues.push({
      key: qualityKey("breakdown-sum", [...group, ...wrong]),
      rule: "breakdown-sum",
      severity: "error",
      indicator: first.indicator,
      area: first.area,
      period: first.period,
      breakdown: null,
      message: `The ${String(group.length)} ${first.indicator.name.toLowerCase()} figures in ${first.source.title} add up to ${sum.toLocaleString("en-GB")}, but the total is ${wrong.map(describeQualityFigure).join(", and ")}: ${describeDifference(difference, first.indicator)}.`,
      figures: [...group, ...wrong],
      difference,
    });
  }
  return issues;
}

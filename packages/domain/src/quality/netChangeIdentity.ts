import { quartersOfFinancialYear } from "../periods/financialYear.ts";
import type { Period } from "../periods/period.ts";
import { describeDifference } from "./describeQualityFigure.ts";
import type { QualityFigure, QualityIssue } from "./qualityIssue.ts";
import { qualityKey } from "./qualityKey.ts";

interface Total {
  readonly value: number;
  readonly figures: readonly QualityFigure[];
}

/**
 * A flow's total for a period from one source: the figure for the period itself, or the sum of a
 * complete set of its quarters when the source gives only those.
 */
function totalFrom(figures: readonly QualityFigure[], period: Period): Total | null {
  const whole = figures.find(
    (figure) => figure.period.key === period.key && figure.figure.value !== undefined,
  );
  if (whole) return { value: whole.figure.value ?? 0, figures: [whole] };
  if (period.kind !== "financial-year") return null;
  const parts = quartersOfFinancialYear(period).map((quarter) =>
    figures.find((figure) => figure.period.key === quarter.key && figure.figure.value !== undefined),
  );
  if (parts.some((part) => !part)) return null;
  const found = parts.filter((part): part is QualityFigure => part !== undefined);
  return { value: found.reduce((sum, part) => sum + (part.figure.value ?? 0), 0), figures: found };
}

/**
 * Net change in children looked after must equal children starting minus children ceasing, when
 * one source gives all three for the same area and period.
 */
export function netChangeIdentity(figures: readonly QualityFigure[]): QualityIssue[] {
  const bySourceAndArea = new Map<string, { starts: QualityFigure[]; ceased: QualityFigure[] }>();
  for (const figure of figures) {
    const code = figure.indicator.code;
    if ((code !== "cla-starts" && code !== "cla-ceased") || figure.breakdown) continue;
    const key = `${figure.source.key}|${figure.area.code}`;
    const entry = bySourceAndArea.get(key) ?? { starts: [], ceased: [] };
    (code === "cla-starts" ? entry.starts : entry.ceased).push(figure);
    bySourceAndArea.set(key, entry);
  }
  const issues: QualityIssue[] = [];
  for (const net of figures) {
    if (net.indicator.code !== "cla-net-change" || net.figure.value === undefined || net.breakdown) continue;
    const flows = bySourceAndArea.get(`${net.source.key}|${net.area.code}`);
    if (!flows) continue;
    const starts = totalFrom(flows.starts, net.period);
    const ceased = totalFrom(flows.ceased, net.period);
    if (!starts || !ceased) continue;
    const expected = starts.value - ceased.value;
    if (expected === net.figure.value) continue;
    const involved = [net, ...starts.figures, ...ceased.figures];
    issues.push({
      key: qualityKey("net-change-identity", involved),
      rule: "net-change-identity",
      severity: "error",
      indicator: net.indicator,
      area: net.area,
      period: net.period,
      breakdown: null,
      message: `The net change is given as ${describeDifference(net.figure.value, net.indicator)}, but children starting (${String(starts.value)}) minus children ceasing (${String(ceased.value)}) is ${describeDifference(expected, net.indicator)}${starts.figures.length > 1 ? ", adding up the quarters" : ""}.`,
      figures: involved,
      difference: net.figure.value - expected,
    });
  }
  return issues;
}

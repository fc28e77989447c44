import { formatValue } from "../figures/formatFigure.ts";
import { findIndicator } from "../indicators/catalogue.ts";
import type { Period } from "../periods/period.ts";
import {
  previousPeriod,
  type ClaimOperand,
  type ClaimSubject,
  type PaperClaimRead,
} from "./readPaperClaims.ts";

/** A figure the platform holds, as a paper's claim is checked against it. */
export interface HeldFigure {
  readonly value: number;
  readonly formatted: string;
  readonly period: Period;
  /** "Title: citation" of each source giving it. */
  readonly sources: readonly string[];
  /** The same figure given differently elsewhere. */
  readonly alternatives: readonly {
    readonly value: number;
    readonly formatted: string;
    readonly source: string;
  }[];
}

export type ClaimStatus = "matches" | "differs" | "unknown";

export interface JudgedClaim {
  readonly claim: PaperClaimRead;
  readonly status: ClaimStatus;
  /** The figure held, or worked out from those held for a change or comparison. */
  readonly held: {
    readonly value: number;
    readonly formatted: string;
    readonly period: Period | null;
    readonly sources: readonly string[];
  } | null;
  readonly reason: string | null;
}

/** Every figure held for a measure (and breakdown item) in the paper's council, any period. */
export type HeldSeries = (indicator: string, breakdown: string | null) => readonly HeldFigure[];

/** Whether a stated figure is the held one at the precision the paper writes it. */
const agrees = (stated: number, held: number, decimals: number) =>
  Math.abs(Number(held.toFixed(decimals)) - stated) < 10 ** -(decimals + 3);

/** A percentage worked out by the author may be rounded or cut short ("7.65%" written 7.6%). */
const agreesWorkedOut = (stated: number, worked: number, decimals: number) =>
  agrees(stated, worked, decimals) ||
  agrees(stated, Math.trunc(worked * 10 ** decimals) / 10 ** decimals, decimals);

const unitOf = (indicator: string) => findIndicator(indicator)?.unit ?? "count";

function heldFor(subject: ClaimSubject, series: HeldSeries): { figure: HeldFigure } | { why: string } {
  const figures = series(subject.indicator, subject.breakdown);
  const name = findIndicator(subject.indicator)?.name ?? subject.indicator;
  if (subject.period) {
    const period = subject.period;
    const figure = figures.find((f) => f.period.key === period.key);
    return figure ? { figure } : { why: `no figure is held for ${name.toLowerCase()}, ${period.label}` };
  }
  const [only, ...more] = figures;
  if (only && more.length === 0) return { figure: only };
  return {
    why:
      figures.length === 0
        ? `no figure is held for ${name.toLowerCase()}`
        : `the paper does not say which period it means, and ${name.toLowerCase()} is held for ${String(figures.length)} periods`,
  };
}

const percent = (later: number, earlier: number) => ((later - earlier) / earlier) * 100;

function judgeFigure(claim: PaperClaimRead, subject: ClaimSubject, series: HeldSeries): JudgedClaim {
  const unit = unitOf(subject.indicator);
  const isPercentMeasure = unit === "percent";
  if (claim.percent !== isPercentMeasure)
    return {
      claim,
      status: "unknown",
      held: null,
      reason: claim.percent
        ? `a percentage, but ${findIndicator(subject.indicator)?.name.toLowerCase() ?? subject.indicator} is a count`
        : `a count, but ${findIndicator(subject.indicator)?.name.toLowerCase() ?? subject.indicator} is a percentage`,
    };
  const found = heldFor(subject, series);
  if ("why" in found) return { claim, status: "unknown", held: null, reason: found.why };
  const { figure } = found;
  const held = {
    value: figure.value,
    formatted: figure.formatted,
    period: figure.period,
    sources: figure.sources,
  };
  if (agrees(claim.value, figure.value, claim.decimals))
    return {
      claim,
      status: "matches",
      held,
      reason: subject.period ? null : `the only period held: ${figure.period.label}`,
    };
  const elsewhere = figure.alternatives.filter((a) => agrees(claim.value, a.value, claim.decimals));
  const otherPeriod = series(subject.indicator, subject.breakdown).find(
    (f) => f.period.key !== figure.period.key && agrees(claim.value, f.value, claim.decimals),
  );
  const reasons = [
    `held as ${figure.formatted} for ${figure.period.label} (${figure.sources.join("; ")})`,
    ...elsewhere.map((a) => `${claim.quote} is given only in ${a.source}`),
    ...(otherPeriod ? [`${claim.quote} is the figure for ${otherPeriod.period.label}`] : []),
  ];
  return { claim, status: "differs", held, reason: reasons.join("; ") };
}

function judgeChange(claim: PaperClaimRead, subject: ClaimSubject, series: HeldSeries): JudgedClaim {
  const later = heldFor(subject, series);
  if ("why" in later) return { claim, status: "unknown", held: null, reason: later.why };
  const earlier = heldFor({ ...subject, period: previousPeriod(later.figure.period) }, series);
  if ("why" in earlier) return { claim, status: "unknown", held: null, reason: earlier.why };
  const [a, b] = [later.figure, earlier.figure];
  const unit = unitOf(subject.indicator);
  const value = claim.percent ? percent(a.value, b.value) : a.value - b.value;
  const formatted = claim.percent
    ? `${value.toFixed(Math.max(1, claim.decimals))}%`
    : formatValue(value, unit, findIndicator(subject.indicator)?.decimals ?? 0);
  const held = { value, formatted, period: a.period, sources: [...a.sources, ...b.sources] };
  const worked = `from ${b.formatted} (${b.period.label}) to ${a.formatted} (${a.period.label})`;
  const agreed = claim.percent
    ? agreesWorkedOut(Math.abs(claim.value), Math.abs(value), claim.decimals)
    : agrees(Math.abs(claim.value), Math.abs(value), claim.decimals);
  return agreed
    ? { claim, status: "matches", held, reason: worked }
    : { claim, status: "differs", held, reason: `the change held is ${formatted}, ${worked}` };
}

function operandValue(
  operand: ClaimOperand,
  claims: readonly PaperClaimRead[],
  series: HeldSeries,
): { stated: number | null; held: HeldFigure | null; why: string | null } {
  if ("claim" in operand) {
    const stated = claims[operand.claim];
    if (!stated?.subject) return { stated: stated?.value ?? null, held: null, why: null };
    const found = heldFor(stated.subject, series);
    return { stated: stated.value, held: "figure" in found ? found.figure : null, why: null };
  }
  const found = heldFor(operand.subject, series);
  return "figure" in found
    ? { stated: null, held: found.figure, why: null }
    : { stated: null, held: null, why: found.why };
}

function judgeComparison(
  claim: PaperClaimRead,
  claims: readonly PaperClaimRead[],
  series: HeldSeries,
): JudgedClaim {
  if (!claim.compares) return { claim, status: "unknown", held: null, reason: claim.unread };
  const later = operandValue(claim.compares.later, claims, series);
  const earlier = operandValue(claim.compares.earlier, claims, series);
  const laterValue = later.stated ?? later.held?.value ?? null;
  const earlierValue = earlier.stated ?? earlier.held?.value ?? null;
  if (laterValue === null || earlierValue === null || earlierValue === 0)
    return {
      claim,
      status: "unknown",
      held: null,
      reason: later.why ?? earlier.why ?? "the figures it compares are not held",
    };
  const value = percent(laterValue, earlierValue);
  const formatted = `${value.toFixed(Math.max(1, claim.decimals))}%`;
  const sources = [...(later.held?.sources ?? []), ...(earlier.held?.sources ?? [])];
  const held = { value, formatted, period: null, sources };
  const fmt = (n: number) => n.toLocaleString("en-GB");
  if (agreesWorkedOut(claim.value, Math.abs(value), claim.decimals))
    return {
      claim,
      status: "matches",
      held,
      reason: `${fmt(laterValue)} against ${fmt(earlierValue)} is ${formatted}`,
    };
  // With the figures held rather than those stated, the percentage may be right after all.
  const heldLater = later.held?.value;
  const heldEarlier = earlier.held?.value;
  const withHeld =
    heldLater !== undefined && heldEarlier !== undefined && heldEarlier !== 0
      ? percent(heldLater, heldEarlier)
      : null;
  const note =
    withHeld !== null && (heldLater !== laterValue || heldEarlier !== earlierValue)
      ? `; with the figures held (${fmt(heldLater ?? 0)} and ${fmt(heldEarlier ?? 0)}) it is ${withHeld.toFixed(1)}%`
      : "";
  return {
    claim,
    status: "differs",
    held,
    reason: `${fmt(laterValue)} against ${fmt(earlierValue)} is ${formatted}, not ${claim.quote}${note}`,
  };
}

/**
 * Checks each claim a paper makes against the figures held for its council: a figure against the
 * figure for its measure and period (at the precision the paper writes it), a change against the
 * two periods it spans, a comparison by working it out. Where the paper gives one figure two ways,
 * both are flagged. What cannot be placed is said to be unknown, with why.
 */
export function judgeClaims(claims: readonly PaperClaimRead[], series: HeldSeries): JudgedClaim[] {
  const judged = claims.map((claim): JudgedClaim => {
    if (claim.kind === "comparison") return judgeComparison(claim, claims, series);
    if (!claim.subject) return { claim, status: "unknown", held: null, reason: claim.unread };
    return claim.kind === "change"
      ? judgeChange(claim, claim.subject, series)
      : judgeFigure(claim, claim.subject, series);
  });
  // The same figure given two ways in one paper: say so on each.
  return judged.map((j) => {
    if (j.claim.kind !== "figure" || !j.claim.subject || !j.held?.period) return j;
    const key = `${j.claim.subject.indicator}|${j.claim.subject.breakdown ?? ""}|${j.held.period.key}`;
    const others = judged.filter(
      (o) =>
        o !== j &&
        o.claim.kind === "figure" &&
        o.claim.subject &&
        o.held?.period &&
        `${o.claim.subject.indicator}|${o.claim.subject.breakdown ?? ""}|${o.held.period.key}` === key &&
        o.claim.value !== j.claim.value,
    );
    if (others.length === 0) return j;
    const also = `the paper also gives ${others.map((o) => `${o.claim.quote} (${o.claim.paragraph})`).join(", ")} for it`;
    return { ...j, reason: j.reason ? `${j.reason}; ${also}` : also };
  });
}

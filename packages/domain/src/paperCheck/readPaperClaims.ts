import { findIndicator } from "../indicators/catalogue.ts";
import { financialYear, snapshot, type Period } from "../periods/period.ts";
import { datePartsOf, isoDate } from "../periods/isoDate.ts";
import { CLAIM_TERMS } from "./claimVocabulary.ts";
import { paperParagraphs } from "./paperParagraphs.ts";
import { textPeriods } from "./textPeriods.ts";

/** What a claim says its figure is about, once read: the measure, the breakdown item and the period. */
export interface ClaimSubject {
  readonly indicator: string;
  readonly breakdown: string | null;
  /** Null when the paper does not say; the only period held may still settle it. */
  readonly period: Period | null;
}

/** One of the two figures a percentage compares: a figure the paper states, or one it only names. */
export type ClaimOperand = { readonly claim: number } | { readonly subject: ClaimSubject };

export interface PaperClaimRead {
  readonly paragraph: string;
  /** The figure as written: "126,153", "7.6%". */
  readonly quote: string;
  /** Where the figure is in the whole text. */
  readonly offset: number;
  readonly sentence: string;
  readonly value: number;
  readonly percent: boolean;
  /** Decimal places as written, for comparing with the held figure at the same precision. */
  readonly decimals: number;
  /**
   * `figure`: a figure for a period; `change`: the difference from the period before ("increased
   * by 54", "(3%)"); `comparison`: one figure as a percentage more or less than another.
   */
  readonly kind: "figure" | "change" | "comparison";
  /** What it is about; for a comparison, the measure compared (its figures are in `compares`). */
  readonly subject: ClaimSubject | null;
  /** For a comparison: the later and the earlier figure. */
  readonly compares: { readonly later: ClaimOperand; readonly earlier: ClaimOperand } | null;
  /** Why it cannot be read, when it cannot. */
  readonly unread: string | null;
}

const NUMBER = /(?<![\w.£/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%| per ?cent)?(?![\w/]|\.\d)/g;
/** Numbers that are not figures: durations, ages, times and the like. */
const NOT_A_FIGURE_AFTER =
  /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|am|pm|st|nd|rd|th|m\b|k\b|bn\b)/i;
const NOT_A_FIGURE_BEFORE =
  /(?:covid-|phase |paragraphs? |paras? |section |appendix |£|aged |age |under |over |within |tier |level |version |pages? |case \(|\bage\b[^.]{0,40}\bis )$/i;
const CHANGE_WORDS =
  /^\s*(?:higher|lower|more|less|greater|fewer|increase|decrease|rise|fall|drop|up|down)\b/i;
const CHANGE_BY =
  /\b(?:increased|decreased|risen|rose|fallen|fell|grown|grew|dropped|gone up|gone down)\s+by\s*$/i;
const PREVIOUS_YEAR = /\b(?:the )?(?:previous|prior|preceding) year\b|\bthe year before\b|\blast year\b/i;
const LAST_TWELVE_MONTHS =
  /\b(?:over |in |during )?the (?:last|past) (?:12|twelve) months\b|\bover the (?:last|past) year\b/i;

/** The sentences of a paragraph, with where each starts in it. */
function sentences(text: string): { text: string; offset: number }[] {
  const found: { text: string; offset: number }[] = [];
  const pattern = /[^.!?]+(?:[.!?](?=\d)[^.!?]*)*[.!?]*/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].trim()) found.push({ text: m[0], offset: m.index });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

/** A period as a measure of this kind is counted over: a day for counts on a day, a year or quarter for flows. */
function periodFor(indicatorCode: string, period: Period): Period | null {
  const kind = findIndicator(indicatorCode)?.kind;
  if (kind === "stock")
    return period.kind === "financial-year"
      ? snapshot(period.end)
      : period.kind === "snapshot"
        ? period
        : snapshot(period.end);
  if (period.kind !== "snapshot") return period;
  // "The total number of contacts as at 31 March 2021": the year ending that day.
  const { month, day } = datePartsOf(period.end);
  return month === 3 && day === 31 ? financialYear(datePartsOf(period.end).year - 1) : null;
}

/** The period before: the year before a year, a day a year earlier for counts on a day. */
export function previousPeriod(period: Period): Period {
  if (period.kind === "snapshot") {
    const { year, month, day } = datePartsOf(period.end);
    return snapshot(isoDate(year - 1, month, Math.min(day, month === 2 ? 28 : day)));
  }
  return financialYear(datePartsOf(period.start).year - 1);
}

interface Term {
  readonly indicator: string;
  readonly breakdown: string | null;
  readonly distance: number;
}

/**
 * The measure a figure at `at` in the sentence speaks of: the words right after it ("307 advice
 * and concern cases"), else the nearest term before it, else the nearest after.
 */
function termNear(sentence: string, at: number, numberEnd: number): Term | null {
  let best: Term | null = null;
  const taken: [number, number][] = [];
  for (const term of CLAIM_TERMS) {
    for (const m of sentence.matchAll(
      new RegExp(term.phrase.source, `${term.phrase.flags.replace("g", "")}g`),
    )) {
      const [start, end] = [m.index, m.index + m[0].length];
      // A longer phrase listed earlier owns its words: "UASC care leavers" is not also "care leavers".
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const distance =
        start >= numberEnd && start - numberEnd <= 2 ? -1 : end <= at ? at - end : (start - at) * 3;
      if (!best || distance < best.distance)
        best = { indicator: term.indicator, breakdown: term.breakdown ?? null, distance };
    }
  }
  return best;
}

/**
 * Reads the figures a paper states, and what each is about: the measure (from the words near it),
 * the period (named in the sentence, "the previous year", "the last 12 months"), and whether it is
 * a figure, a change from the period before, or one figure compared with another ("X is 7.6%
 * higher than Y"). It reads the sentences councils write about their figures; what it cannot place
 * it says so, rather than guess.
 */
export function readPaperClaims(text: string): PaperClaimRead[] {
  const claims: PaperClaimRead[] = [];
  const paragraphs = paperParagraphs(text);
  // The paper's own year ("during 2020/21" in its opening): what "the last 12 months" means.
  const paperYear =
    paragraphs.flatMap((p) => textPeriods(p.text)).find((p) => p.period.kind === "financial-year")?.period ??
    null;
  // A table's rows (tab-separated) are the data itself, not claims about it.
  for (const paragraph of paragraphs.filter((p) => !p.text.includes("\t"))) {
    let lastPeriod: Period | null = null;
    let lastTerm: Term | null = null;
    const numberPrefix = /^\s*\d{1,3}\.\s/.exec(paragraph.text)?.[0].length ?? 0;
    for (const sentence of sentences(paragraph.text)) {
      const periods = textPeriods(sentence.text);
      const inPeriod = (at: number) => periods.some((p) => at >= p.start && at < p.end);
      const sentenceClaims: number[] = [];
      for (const m of sentence.text.matchAll(NUMBER)) {
        const at = m.index;
        if (sentence.offset + at < numberPrefix || inPeriod(at)) continue;
        const after = sentence.text.slice(at + m[0].length);
        const before = sentence.text.slice(0, at);
        const percent = Boolean(m[2]);
        if (!percent && (NOT_A_FIGURE_AFTER.test(after) || NOT_A_FIGURE_BEFORE.test(before))) continue;
        const digits = (m[1] ?? "").replace(/,/g, "");
        const value = Number(digits);
        if (!percent && /^(?:19|20)\d{2}$/.test(digits)) continue;
        // "The 2020-21 is a 62% increase on the 2015-16 number": the measure of the sentence before.
        const term: Term | null =
          termNear(sentence.text, at, at + m[0].length) ?? (periods.length > 0 ? lastTerm : null);
        if (term) lastTerm = term;
        // A bare small number with no measure near it is not taken for a figure ("two phases", "3 cohorts").
        if (!term && !percent && !(m[1] ?? "").includes(",")) continue;
        const precedingPeriods = periods.filter((p) => p.end <= at);
        const followingPeriods = periods.filter((p) => p.start > at);
        const namedBefore = precedingPeriods.at(-1) ?? null;
        const relative = before.slice(namedBefore?.end ?? 0);
        let period: Period | null = null;
        if (PREVIOUS_YEAR.test(relative) && lastPeriod) period = previousPeriod(lastPeriod);
        else if (namedBefore) period = namedBefore.period;
        else if (LAST_TWELVE_MONTHS.test(sentence.text) && paperYear) period = paperYear;
        else if (followingPeriods[0] && followingPeriods[0].start - at < 40)
          period = followingPeriods[0].period;
        const subject: ClaimSubject | null = term
          ? {
              indicator: term.indicator,
              breakdown: term.breakdown,
              period: period ? periodFor(term.indicator, period) : null,
            }
          : null;
        if (subject?.period) lastPeriod = subject.period;
        const isChange =
          CHANGE_BY.test(before) ||
          (percent && /\(\s*$/.test(before) && CHANGE_BY.test(before.replace(/[\d,]+\s*\(\s*$/, "")));
        const isComparison = percent && !isChange && CHANGE_WORDS.test(after);
        let compares: PaperClaimRead["compares"] = null;
        if (isComparison && term) {
          const laterClaim = sentenceClaims.at(-1);
          const later: ClaimOperand | null =
            laterClaim !== undefined ? { claim: laterClaim } : subject?.period ? { subject } : null;
          const earlierPeriod = followingPeriods[0]?.period;
          const earlier: ClaimOperand | null = earlierPeriod
            ? {
                subject: {
                  indicator: term.indicator,
                  breakdown: term.breakdown,
                  period: periodFor(term.indicator, earlierPeriod),
                },
              }
            : PREVIOUS_YEAR.test(after) && subject?.period
              ? {
                  subject: {
                    indicator: term.indicator,
                    breakdown: term.breakdown,
                    period: previousPeriod(subject.period),
                  },
                }
              : null;
          compares = later && earlier ? { later, earlier } : null;
        }
        const kind = isChange ? "change" : isComparison ? "comparison" : "figure";
        const unread = !term
          ? "what it counts is not a measure the platform holds, or is not named near it"
          : kind === "comparison" && !compares
            ? "the two figures it compares are not both named"
            : null;
        claims.push({
          paragraph: paragraph.label,
          quote: m[0].trim(),
          offset: paragraph.offset + sentence.offset + at,
          sentence: sentence.text.trim(),
          value,
          percent,
          decimals: digits.includes(".") ? (digits.split(".")[1]?.length ?? 0) : 0,
          kind,
          subject,
          compares,
          unread,
        });
        if (kind === "figure") sentenceClaims.push(claims.length - 1);
      }
      // "X% higher than the previous year (77,934)": the figure stated after it is what it compares with.
      for (const [i, claim] of claims.entries()) {
        if (claim.kind !== "comparison" || claim.sentence !== sentence.text.trim() || !claim.compares)
          continue;
        const next = sentenceClaims.find((j) => (claims[j]?.offset ?? 0) > claim.offset);
        if (next !== undefined)
          claims[i] = { ...claim, compares: { ...claim.compares, earlier: { claim: next } } };
      }
    }
  }
  return claims;
}

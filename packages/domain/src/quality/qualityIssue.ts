import type { Figure } from "../figures/figure.ts";
import type { Indicator } from "../indicators/indicator.ts";
import type { Period } from "../periods/period.ts";

/** How much a finding matters: a broken identity is an error, a disagreement a warning, a revision news. */
export type QualitySeverity = "error" | "warning" | "info";

export type QualityRule =
  "source-disagreement" | "net-change-identity" | "breakdown-sum" | "ratio-arithmetic" | "revision";

/** A figure as the rules see it: what, where, when, how much, and who published it. */
export interface QualityFigure {
  readonly id: number;
  readonly indicator: Indicator;
  readonly area: { readonly code: string; readonly name: string };
  readonly period: Period;
  readonly breakdown: { readonly dimension: string; readonly item: string; readonly name: string } | null;
  readonly figure: Figure;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly source: { readonly key: string; readonly title: string };
  readonly citation: string;
}

/** A figure that a later release corrected. */
export interface QualityRevision {
  readonly before: QualityFigure;
  readonly after: QualityFigure;
  readonly release: { readonly dataset: string; readonly version: number };
}

export interface QualityIssue {
  /** Stable identity, so that a list of issues can be compared from one run to the next. */
  readonly key: string;
  readonly rule: QualityRule;
  readonly severity: QualitySeverity;
  readonly indicator: Indicator;
  readonly area: QualityFigure["area"];
  readonly period: Period;
  readonly breakdown: QualityFigure["breakdown"];
  /** What is wrong, in a sentence a report author can act on. */
  readonly message: string;
  /** The figures involved, each with its source and citation. */
  readonly figures: readonly QualityFigure[];
  /** How far apart the figures are, in the indicator's unit, where that is one number. */
  readonly difference: number | null;
}

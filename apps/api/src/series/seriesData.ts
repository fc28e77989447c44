import type { Change, Figure, Period } from "@csc/domain";

/** A figure's provenance: the document and where in it. */
export interface FigureSourceData {
  readonly sourceId: number;
  readonly title: string;
  readonly citation: string;
  readonly releaseVersion: number;
  readonly releaseDataset: string;
}

/** The same figure as published elsewhere with a different value. */
export interface AlternativeFigureData {
  readonly figure: Figure;
  readonly formatted: string;
  readonly source: FigureSourceData;
}

/** An earlier value of a figure, kept when a later release corrected it. */
export interface RevisionData {
  readonly figure: Figure;
  readonly formatted: string;
  readonly release: {
    readonly id: number;
    readonly version: number;
    readonly dataset: string;
    readonly status: string;
  };
  readonly replacedIn: {
    readonly id: number;
    readonly version: number;
    readonly dataset: string;
    readonly status: string;
  };
}

export interface PointData {
  readonly period: Period;
  readonly figure: Figure;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly formatted: string;
  readonly change: Change | null;
  readonly sources: readonly FigureSourceData[];
  readonly disagreements: readonly AlternativeFigureData[];
  readonly revisions: readonly RevisionData[];
}

export interface SeriesBreakdownData {
  readonly dimensionCode: string;
  readonly dimensionName: string;
  readonly itemCode: string;
  readonly itemName: string;
  /** The order reports list the items in. */
  readonly sortOrder: number;
}

export interface SeriesData {
  readonly areaCode: string;
  readonly breakdown: SeriesBreakdownData | null;
  readonly points: readonly PointData[];
  readonly incomplete: readonly { period: Period; reason: string }[];
}

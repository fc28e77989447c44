/**
 * A declarative description of one official-statistics table in the Explore Education Statistics
 * "tidy data" layout: which columns become which indicator, for which rows, over which period.
 * Column names drift between releases (`number` became `children_count`), so every column is given
 * as the list of names it has been published under; the first one present in a file is used.
 */
export type ColumnNames = readonly [string, ...string[]];

/**
 * What a `time_period` of a "Reporting year" means for a measure. DfE's year 2021 is the year
 * ending 31 March 2021 for children's services, and the census on 30 September 2021 for workforce.
 */
export type TidyTimeRule =
  "at-31-march" | "year-to-31-march" | "at-30-september" | "year-to-30-september" | "at-30-june";

export interface TidyBreakdown {
  readonly dimension: string;
  /** The filter (named in `filters`) whose values are the items. */
  readonly filter: string;
  /** Published text of each item → the item's code; other values are not part of this breakdown. */
  readonly items: Readonly<Record<string, string>>;
}

export interface TidyMeasure {
  readonly indicator: string;
  /** Stable words for the citation, the same in every release so that revisions can be matched. */
  readonly label: string;
  readonly column: ColumnNames;
  readonly time: TidyTimeRule;
  /** Only rows whose filters hold one of these values (filter name → accepted values). */
  readonly where?: Readonly<Record<string, readonly string[]>>;
  readonly breakdown?: TidyBreakdown;
  /** For a rate or percentage, the columns it was computed from, so the arithmetic can be checked. */
  readonly numerator?: ColumnNames;
  readonly denominator?: ColumnNames;
}

export interface TidyPublication {
  /** Releases of the same table share a dataset, so that a later release revises an earlier one. */
  readonly dataset: string;
  readonly title: string;
  /** The key of the publication in sources.csv. */
  readonly source: string;
  /** The table's file name as the publisher gives it, without the years, for citations. */
  readonly table: string;
  /** Filter columns the measures select rows by, each with the names it has been published under. */
  readonly filters?: Readonly<Record<string, ColumnNames>>;
  /** Columns that identify the table; a measure whose column is absent from a release is skipped. */
  readonly required: readonly ColumnNames[];
  readonly measures: readonly TidyMeasure[];
}

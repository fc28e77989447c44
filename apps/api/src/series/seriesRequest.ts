import type { Granularity, Indicator } from "@csc/domain";

/** What one `Indicator.series` field asks for. */
export interface SeriesRequest {
  /** The indicator the field is on, catalogue or imported. */
  readonly indicator: Indicator;
  readonly indicatorCode: string;
  /** Empty for every area with figures. */
  readonly areaCodes: readonly string[];
  /** ISO dates: periods that start on or after `from` and end on or before `to`. */
  readonly from: string | null;
  readonly to: string | null;
  readonly granularity: Granularity;
  /** Null for the total and every item; "total" for the total only; otherwise one item's code. */
  readonly breakdown: string | null;
  /** Only figures from this source (its key). */
  readonly sourceKey: string | null;
}

export function seriesRequestKey(request: SeriesRequest): string {
  return JSON.stringify([
    request.indicatorCode,
    [...request.areaCodes].sort(),
    request.from,
    request.to,
    request.granularity,
    request.breakdown,
    request.sourceKey,
  ]);
}

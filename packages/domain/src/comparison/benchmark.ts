import type { Area } from "../areas/area.ts";
import type { Polarity } from "../indicators/indicator.ts";
import { mean, median, rankAmong, type QuartileBand } from "./ranking.ts";

/** One area's figure for the period compared: a value, or a symbol standing in its place. */
export interface ComparedFigure {
  readonly value: number | null;
  readonly symbol: string | null;
  /** The key of the source it is from. */
  readonly source?: string;
}

export interface StatisticalNeighbourOf {
  readonly areaCode: string;
  /** 1 for the closest. */
  readonly position: number;
  readonly closeness: string;
}

export interface BenchmarkNeighbour extends StatisticalNeighbourOf {
  readonly value: number | null;
  readonly symbol: string | null;
}

export interface Benchmark {
  readonly value: number | null;
  readonly symbol: string | null;
  readonly england: number | null;
  readonly region: number | null;
  readonly regionCode: string | null;
  readonly neighbourMean: number | null;
  readonly neighbourMedian: number | null;
  readonly neighbourCount: number;
  readonly rank: number | null;
  readonly outOf: number;
  readonly quartile: QuartileBand | null;
  readonly neighbours: readonly BenchmarkNeighbour[];
}

export interface BenchmarkInput {
  readonly area: Area;
  readonly polarity: Polarity;
  /** Every area's figure for the period, by code. */
  readonly figures: ReadonlyMap<string, ComparedFigure>;
  /** Which codes are councils (joint returns included): the field a rank is among. */
  readonly councils: ReadonlySet<string>;
  readonly neighbours: readonly StatisticalNeighbourOf[];
}

const ENGLAND = "E92000001";

/**
 * How an area's figure compares, for one period: with England, its region and its statistical
 * neighbours (mean, as LAIT shows, and median, as the Outcomes and Enablers dashboard shows, over
 * the neighbours with a figure), and its rank and quartile band among all councils with a figure.
 * A figure that is a symbol has no rank; the others still are ranked without it.
 */
export function benchmarkOf(input: BenchmarkInput): Benchmark {
  const { area, figures, councils, polarity } = input;
  const own = figures.get(area.code) ?? { value: null, symbol: null };
  const valueOf = (code: string | undefined) => (code ? (figures.get(code)?.value ?? null) : null);
  const regionCode = area.level === "local_authority" ? (area.parentCode ?? null) : null;
  const neighbours = [...input.neighbours]
    .sort((a, b) => a.position - b.position)
    .map((neighbour) => {
      const figure = figures.get(neighbour.areaCode);
      return { ...neighbour, value: figure?.value ?? null, symbol: figure?.symbol ?? null };
    });
  const neighbourValues = neighbours.flatMap((n) => (n.value === null ? [] : [n.value]));
  const councilValues = [...councils].flatMap((code) => {
    const value = figures.get(code)?.value;
    return value === null || value === undefined ? [] : [value];
  });
  const ranking =
    own.value !== null && councils.has(area.code)
      ? rankAmong(own.value, councilValues, polarity)
      : { rank: null, outOf: councilValues.length, quartile: null };
  return {
    value: own.value,
    symbol: own.symbol,
    england: valueOf(ENGLAND),
    region: valueOf(regionCode ?? undefined),
    regionCode,
    neighbourMean: mean(neighbourValues),
    neighbourMedian: median(neighbourValues),
    neighbourCount: neighbourValues.length,
    ...ranking,
    neighbours,
  };
}

import { formatValue, type Unit } from "@csc/domain";
import type { ChartPoint, ChartSeries } from "../charts/chartSeries.ts";
import type { ChartPointFieldsFragment } from "../graphql/generated/graphql.ts";
import { quartersOnly, toChartSeries } from "./chartPoints.ts";
import type {
  BreakdownSeriesDefinition,
  PanelDefinition,
  PanelSeriesDefinition,
  ShareSeriesDefinition,
} from "./panelDefinition.ts";

/** One indicator as a panel's query returns it. */
export interface PanelIndicator {
  readonly code: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly series: readonly {
    readonly breakdown?: { readonly item: string; readonly itemName: string } | null;
    readonly points: readonly ChartPointFieldsFragment[];
  }[];
}

/** What a panel draws: the chart's series, the table's (every item, where the chart combines some), and the points behind them. */
export interface DrawnSeries {
  readonly chart: ChartSeries[];
  readonly table: ChartSeries[];
  readonly points: ChartPointFieldsFragment[];
}

type Points = readonly ChartPointFieldsFragment[];

/** A share in per cent to one decimal place, keeping both counts' citations. */
function shareOf(definition: ShareSeriesDefinition, part: Points, whole: Points): ChartSeries {
  return {
    key: `${definition.part}-share`,
    label: definition.label,
    kind: definition.kind,
    points: part.flatMap((p) => {
      const total = whole.find((w) => w.period.key === p.period.key);
      if (p.value == null || total?.value == null || total.value === 0) return [];
      const share = Number(((p.value / total.value) * 100).toFixed(1));
      return [
        {
          periodKey: p.period.key,
          periodLabel: p.period.label,
          periodStart: p.period.start,
          value: share,
          symbol: null,
          formatted: formatValue(share, "percent", 1),
          citations: [...p.sources, ...total.sources],
          disagreements: [],
          revisions: [],
        },
      ];
    }),
  };
}

/** The items after the largest, added up period by period, citing every item added. */
function combined(
  label: string,
  others: readonly ChartSeries[],
  periods: readonly ChartPoint[],
  indicator: PanelIndicator,
): ChartSeries {
  return {
    key: `${indicator.code}-rest`,
    label: `${label} (${others.length})`,
    kind: "bar",
    points: periods.map((period) => {
      const inPeriod = others.flatMap((s) => s.points.filter((p) => p.periodKey === period.periodKey));
      const value = Number(inPeriod.reduce((sum, p) => sum + (p.value ?? 0), 0).toFixed(indicator.decimals));
      return {
        periodKey: period.periodKey,
        periodLabel: period.periodLabel,
        periodStart: period.periodStart,
        value,
        symbol: null,
        formatted: formatValue(value, indicator.unit, indicator.decimals),
        citations: inPeriod.flatMap((p) => p.citations),
        disagreements: [],
        revisions: [],
      };
    }),
  };
}

/** Every item, stacked: the largest in the latest period on their own, the rest combined. */
function breakdownOf(
  definition: BreakdownSeriesDefinition,
  indicator: PanelIndicator,
  keep: (points: Points) => Points,
): { chart: ChartSeries[]; table: ChartSeries[] } {
  const items = indicator.series.flatMap((s) =>
    s.breakdown ? [toChartSeries(s.breakdown.item, s.breakdown.itemName, "bar", keep(s.points))] : [],
  );
  const latest = (s: ChartSeries) => s.points.at(-1)?.value ?? 0;
  const ranked = [...items].sort((a, b) => latest(b) - latest(a));
  const shown = ranked.slice(0, definition.largest);
  const others = ranked.slice(definition.largest);
  const periods = shown[0]?.points ?? [];
  const chart = others.length ? [...shown, combined(definition.rest, others, periods, indicator)] : shown;
  return { chart: chart.map((s) => ({ ...s, stack: definition.code })), table: items };
}

const totalOf = (indicator: PanelIndicator | undefined): Points =>
  indicator?.series.find((s) => !s.breakdown)?.points ?? [];

/**
 * Turns a panel definition and the figures its query returned into the series it draws. In the
 * published view a quarters-only panel leaves out whole years, which the financial-year view shows.
 */
export function drawnSeries(
  definition: PanelDefinition,
  indicators: readonly PanelIndicator[],
  byFinancialYear: boolean,
): DrawnSeries {
  const keep = (points: Points): Points => {
    const kept = definition.quartersOnly && !byFinancialYear ? quartersOnly(points) : points;
    return definition.yearEndsOnly
      ? kept.filter((p) => p.period.kind !== "SNAPSHOT" || p.period.end.endsWith("-03-31"))
      : kept;
  };
  const find = (code: string) => indicators.find((i) => i.code === code);
  const chart: ChartSeries[] = [];
  const table: ChartSeries[] = [];
  const points: ChartPointFieldsFragment[] = [];
  const add = (drawn: readonly ChartSeries[], tabled: readonly ChartSeries[] = drawn) => {
    chart.push(...drawn.filter((s) => s.points.length > 0));
    table.push(...tabled.filter((s) => s.points.length > 0));
  };
  for (const series of definition.series as PanelSeriesDefinition[]) {
    if (series.from === "indicator") {
      const own = keep(totalOf(find(series.code)));
      points.push(...own);
      add([toChartSeries(series.code, series.label, series.kind, own)]);
    } else if (series.from === "share") {
      const part = keep(totalOf(find(series.part)));
      points.push(...part);
      add([shareOf(series, part, keep(totalOf(find(series.whole))))]);
    } else {
      const indicator = find(series.code);
      if (!indicator) continue;
      const { chart: stacked, table: items } = breakdownOf(series, indicator, keep);
      points.push(...indicator.series.flatMap((s) => keep(s.points)));
      add(stacked, items);
    }
  }
  return { chart, table, points };
}

import { graphql } from "../graphql/generated/gql.ts";
import type { ChartPointFieldsFragment } from "../graphql/generated/graphql.ts";
import type { ChartAnnotation } from "../components/SeriesChart.tsx";
import { periodsInOrder, type ChartSeries } from "../charts/chartSeries.ts";

/** What every chart panel asks for about each point. */
export const ChartPointFields = graphql(`
  fragment ChartPointFields on SeriesPoint {
    period {
      key
      kind
      label
      start
      end
    }
    value
    symbol
    formatted
    sources {
      title
      citation
    }
    disagreements {
      formatted
      source {
        title
        citation
      }
    }
    revisions {
      formatted
    }
  }
`);

export function toChartSeries(
  key: string,
  label: string,
  kind: ChartSeries["kind"],
  points: readonly ChartPointFieldsFragment[],
): ChartSeries {
  return {
    key,
    label,
    kind,
    points: points.map((p) => ({
      periodKey: p.period.key,
      periodLabel: p.period.label,
      periodStart: p.period.start,
      value: p.value ?? null,
      symbol: p.symbol ?? null,
      formatted: p.formatted,
      citations: p.sources,
      disagreements: p.disagreements.map((d) => ({
        formatted: d.formatted,
        citation: `${d.source.title}: ${d.source.citation}`,
      })),
      revisions: p.revisions.map((r) => r.formatted),
    })),
  };
}

/** Places each dated note on the period it falls in; notes outside the chart's periods are left off. */
export function annotationsOnPeriods(
  annotations: readonly { startsOn: string; title: string }[],
  points: readonly ChartPointFieldsFragment[],
): ChartAnnotation[] {
  return annotations.flatMap((a) => {
    const point = points.find((p) => p.period.start <= a.startsOn && a.startsOn <= p.period.end);
    return point ? [{ periodLabel: point.period.label, title: a.title }] : [];
  });
}

/** "Jan–Mar 2018 to Jan–Mar 2021", or "30 June 2017 to 30 June 2021" for counts on a day. */
export function periodRange(series: readonly ChartSeries[]): string {
  const periods = periodsInOrder(series);
  const first = periods[0]?.label;
  const last = periods.at(-1)?.label;
  if (!first || !last) return "";
  if (first === last) return first;
  return `${first.replace(/^at /, "")} to ${last.replace(/^at /, "")}`;
}

/**
 * The quarters of a series. The council reports quarter by quarter while the DfE publishes whole
 * years; a chart of quarters leaves the years to the financial-year view rather than mixing them.
 */
export function quartersOnly<T extends { period: { kind: string } }>(points: readonly T[]): T[] {
  return points.filter((point) => point.period.kind === "QUARTER");
}

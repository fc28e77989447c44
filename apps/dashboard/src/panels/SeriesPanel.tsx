import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { UrlCheckbox } from "../components/UrlCheckbox.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { unitOfEnum } from "../charts/unitOfEnum.ts";
import { graphql } from "../graphql/generated/gql.ts";
import { annotationsOnPeriods, periodRange } from "./chartPoints.ts";
import { comparisonLines } from "./comparatorSeries.ts";
import { codesOf, type PanelComparison, type PanelDefinition } from "./panelDefinition.ts";
import { drawnSeries } from "./panelSeries.ts";

export const SeriesPanelQuery = graphql(`
  query SeriesPanel(
    $codes: [String!]!
    $area: String!
    $granularity: Granularity
    $comparing: Boolean!
    $compare: String!
    $perTenThousandChildren: Boolean!
  ) {
    indicators(codes: $codes) {
      code
      definition
      unit
      decimals
      series(area: $area, granularity: $granularity) {
        breakdown {
          item
          itemName
        }
        points {
          ...ChartPointFields
        }
        incompletePeriods {
          period {
            label
          }
          reason
        }
      }
    }
    annotations(area: $area) {
      key
      startsOn
      title
      indicator {
        code
      }
    }
    compared: indicator(code: $compare) @include(if: $comparing) {
      code
      definition
      unit
      decimals
    }
    benchmarkSeries(indicator: $compare, area: $area, perTenThousandChildren: $perTenThousandChildren)
      @include(if: $comparing) {
      period {
        key
        kind
        label
        start
      }
      value
      england
      region
      regionArea {
        name
      }
      neighbourMean
      sources {
        title
      }
    }
  }
`);

/** What a panel compares: as its definition says, else its first indicator as drawn. */
function comparisonOf(definition: PanelDefinition): PanelComparison | null {
  if (definition.compare === false) return null;
  if (definition.compare) return definition.compare;
  const first = definition.series.find((s) => s.from === "indicator");
  return first ? { code: first.code, label: first.label, yAxisLabel: definition.yAxisLabel } : null;
}

/**
 * Draws any panel definition for the chosen council: its figures as published or totalled by
 * financial year, dated notes, and on request England, region and neighbour-average lines.
 */
export function SeriesPanel({ definition }: { definition: PanelDefinition }) {
  const area = useArea();
  const [params] = useSearchParams();
  const yearParam = definition.financialYearTotals?.param;
  const byYear = yearParam !== undefined && params.get(yearParam) === "financial-year";
  const comparison = comparisonOf(definition);
  const compareParam = `compare-${definition.id}`;
  const comparing = comparison !== null && params.get(compareParam) === "on";
  const codes = codesOf(definition);
  const { data, status } = panelQueryState(
    definition.title,
    useQuery(SeriesPanelQuery, {
      variables: {
        codes,
        area: area.code,
        granularity: byYear ? "FINANCIAL_YEAR" : "PUBLISHED",
        comparing,
        compare: comparison?.code ?? "",
        perTenThousandChildren: comparison?.perTenThousandChildren ?? false,
      },
    }),
  );
  if (status) return status;
  const indicators = (data?.indicators ?? []).map((i) => ({
    ...i,
    unit: unitOfEnum(i.unit),
    series: i.series ?? [],
  }));
  const drawn = drawnSeries(definition, indicators, byYear);
  if (drawn.chart.length === 0)
    return <PanelEmpty title={definition.title} what={`${definition.what} in ${area.name}`} />;

  const shownKinds = new Set(drawn.points.map((p) => p.period.kind));
  // A count, or a measure the panel does not draw, is compared on a chart of its own: the
  // council's line beside the others' rather than beside figures on another scale.
  const alongside =
    comparison !== null &&
    !comparison.perTenThousandChildren &&
    definition.series.some((s) => s.from === "indicator" && s.code === comparison.code);
  const compared = data?.compared;
  const lines =
    comparing && compared && data.benchmarkSeries
      ? comparisonLines(
          data.benchmarkSeries,
          shownKinds,
          comparison.perTenThousandChildren
            ? { unit: "rate-per-10000", decimals: 1 }
            : { unit: unitOfEnum(compared.unit), decimals: compared.decimals },
          alongside ? null : { key: `${comparison.code}-compared`, label: comparison.label },
        )
      : { council: null, comparators: [] };
  const apart = !alongside && lines.comparators.length > 0;
  const chartSeries = apart
    ? [...(lines.council ? [lines.council] : []), ...lines.comparators]
    : [...drawn.chart, ...lines.comparators];
  const tableSeries = apart ? chartSeries : [...drawn.table, ...lines.comparators];
  const title =
    byYear && definition.financialYearTotals ? definition.financialYearTotals.title : definition.title;
  const notes = (data?.annotations ?? []).filter((a) => !a.indicator || codes.includes(a.indicator.code));
  const shownLabels = new Set(drawn.points.map((p) => p.period.label));
  // A year the DfE publishes whole is drawn, so it is not "left out" for want of the council's quarters.
  const leftOut = byYear
    ? [
        ...new Map(
          indicators
            .flatMap((i) => i.series.flatMap((s) => s.incompletePeriods))
            .filter((i) => !shownLabels.has(i.period.label))
            .map((i) => [i.period.label, `${i.period.label} (${i.reason})`]),
        ).values(),
      ]
    : [];
  return (
    <Panel
      id={definition.id}
      title={title}
      periodRange={periodRange(chartSeries)}
      yAxisLabel={apart && comparison ? comparison.yAxisLabel : definition.yAxisLabel}
      series={chartSeries}
      tableSeries={tableSeries}
      annotations={apart ? [] : annotationsOnPeriods(notes, drawn.points)}
      controls={
        <>
          {definition.financialYearTotals ? (
            <UrlCheckbox
              param={definition.financialYearTotals.param}
              value="financial-year"
              label="Show financial-year totals"
            />
          ) : null}
          {comparison ? (
            <UrlCheckbox
              param={compareParam}
              value="on"
              label="Compare with England, the region and statistical neighbours"
            />
          ) : null}
          {leftOut.length > 0 ? <p className="hint">Left out: {leftOut.join("; ")}.</p> : null}
        </>
      }
      note={
        <>
          {definition.note ? <p>{definition.note}</p> : null}
          {(apart && compared ? [compared] : indicators).map((i) => (
            <p key={i.code}>{i.definition}</p>
          ))}
          {apart && comparison ? (
            <p>
              Compared as “{comparison.label}”, the measure published for every council
              {comparison.perTenThousandChildren
                ? ", over ONS's mid-year estimates of the children living in each area"
                : ""}
              .
            </p>
          ) : null}
          {comparing && lines.comparators.length === 0 ? (
            <p>
              No comparisons are published for the periods shown
              {definition.financialYearTotals && !byYear
                ? ": show financial-year totals to compare whole years"
                : ""}
              .
            </p>
          ) : null}
        </>
      }
    />
  );
}

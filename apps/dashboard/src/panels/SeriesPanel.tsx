import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { formatValue, type Unit } from "@csc/domain";
import { useArea } from "../area/useArea.ts";
import { periodsInOrder, type ChartSeries } from "../charts/chartSeries.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { UrlCheckbox } from "../components/UrlCheckbox.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { unitOfEnum } from "../charts/unitOfEnum.ts";
import { graphql } from "../graphql/generated/gql.ts";
import type { SeriesPanelQuery as SeriesPanelQueryType } from "../graphql/generated/graphql.ts";
import { toChartSeries } from "./chartPoints.ts";
import type { PanelDefinition } from "./panelDefinition.ts";

export const SeriesPanelQuery = graphql(`
  query SeriesPanel($codes: [String!]!, $area: String!, $first: String!, $compare: Boolean!) {
    indicators(codes: $codes) {
      code
      definition
      unit
      decimals
      series(area: $area, breakdown: "total") {
        points {
          ...ChartPointFields
        }
      }
    }
    benchmarkSeries(indicator: $first, area: $area) @include(if: $compare) {
      period {
        key
        label
        start
      }
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

type Comparators = NonNullable<SeriesPanelQueryType["benchmarkSeries"]>;

/** England, region and neighbour-average lines for the first indicator, from its comparisons. */
function comparatorSeries(rows: Comparators, unit: Unit, decimals: number): ChartSeries[] {
  const line = (
    key: string,
    label: string,
    pick: (row: (typeof rows)[number]) => number | null | undefined,
  ) => ({
    key,
    label,
    kind: "line" as const,
    points: rows.flatMap((row) => {
      const value = pick(row);
      if (value === null || value === undefined) return [];
      return [
        {
          periodKey: row.period.key,
          periodLabel: row.period.label,
          periodStart: row.period.start,
          value,
          symbol: null,
          formatted: formatValue(value, unit, decimals),
          citations: row.sources.map((s) => ({ title: s.title, citation: label })),
          disagreements: [],
          revisions: [],
        },
      ];
    }),
  });
  const region = rows.find((row) => row.regionArea)?.regionArea?.name ?? "Region";
  return [
    line("england", "England", (row) => row.england),
    line("region", region, (row) => row.region),
    line("neighbours", "Statistical neighbours' average", (row) => row.neighbourMean),
  ].filter((s) => s.points.length > 0);
}

/** Draws any panel definition for the chosen council, with England, region and neighbour lines on request. */
export function SeriesPanel({ definition }: { definition: PanelDefinition }) {
  const area = useArea();
  const [params] = useSearchParams();
  const compareParam = `compare-${definition.id}`;
  const compare = params.get(compareParam) === "on";
  const codes = definition.indicators.map((i) => i.code);
  const { data, status } = panelQueryState(
    definition.title,
    useQuery(SeriesPanelQuery, { variables: { codes, area: area.code, first: codes[0] ?? "", compare } }),
  );
  if (status) return status;
  const indicators = data?.indicators ?? [];
  const series = definition.indicators.flatMap(({ code, label, kind }) => {
    const points = indicators.find((i) => i.code === code)?.series?.[0]?.points ?? [];
    return points.length ? [toChartSeries(code, label, kind, points)] : [];
  });
  if (series.length === 0)
    return <PanelEmpty title={definition.title} what={`${definition.what} in ${area.name}`} />;
  const periods = periodsInOrder(series);
  const [earliest, latest] = [periods[0]?.label ?? "", periods.at(-1)?.label ?? ""];
  const first = indicators[0];
  const comparators =
    compare && first && data?.benchmarkSeries
      ? comparatorSeries(data.benchmarkSeries, unitOfEnum(first.unit), first.decimals)
      : [];
  return (
    <Panel
      id={definition.id}
      title={definition.title}
      periodRange={earliest === latest ? earliest : `${earliest} to ${latest}`}
      yAxisLabel={definition.yAxisLabel}
      series={[...series, ...comparators]}
      controls={
        <UrlCheckbox
          param={compareParam}
          value="on"
          label="Compare with England, the region and statistical neighbours"
        />
      }
      note={
        <>
          {indicators.map((i) => (
            <p key={i.code}>{i.definition}</p>
          ))}
          {compare && comparators.length === 0 ? <p>No comparisons are published for this measure.</p> : null}
        </>
      }
    />
  );
}

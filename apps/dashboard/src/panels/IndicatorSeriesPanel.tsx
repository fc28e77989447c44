import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import type { ChartSeries } from "../charts/chartSeries.ts";
import { graphql } from "../graphql/generated/gql.ts";
import { periodRange, toChartSeries } from "./chartPoints.ts";

export const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($code: String!, $area: String!) {
    indicator(code: $code) {
      code
      definition
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
  }
`);

export interface IndicatorSeriesPanelProps {
  readonly code: string;
  /** The panel's anchor and download name, when it differs from the code. */
  readonly id?: string;
  readonly title: string;
  /** The series' name in the legend and table. */
  readonly label: string;
  readonly yAxisLabel: string;
  readonly kind: ChartSeries["kind"];
  /** "children looked after", for "No figures are published for … in Hampshire". */
  readonly what: string;
}

/** One indicator's figures for the chosen council as one series: the simplest panel, for an indicator alone. */
export function IndicatorSeriesPanel({
  code,
  id = code,
  title,
  label,
  yAxisLabel,
  kind,
  what,
}: IndicatorSeriesPanelProps) {
  const area = useArea();
  const { data, status } = panelQueryState(
    title,
    useQuery(IndicatorSeriesQuery, { variables: { code, area: area.code } }),
  );
  if (status) return status;
  const points = data?.indicator?.series?.[0]?.points ?? [];
  if (points.length === 0) return <PanelEmpty title={title} what={`${what} in ${area.name}`} />;
  return (
    <Panel
      id={id}
      title={title}
      periodRange={periodRange(points)}
      yAxisLabel={yAxisLabel}
      series={[toChartSeries(code, label, kind, points)]}
      note={<p>{data?.indicator?.definition}</p>}
    />
  );
}

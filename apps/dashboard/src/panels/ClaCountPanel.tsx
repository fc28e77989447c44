import { useQuery } from "@apollo/client/react";
import { HAMPSHIRE } from "@csc/domain";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "Children looked after";

export const ClaCountQuery = graphql(`
  query ClaCount($area: String!) {
    indicator(code: "cla-count") {
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

/** Children in care at the end of each financial year. */
export function ClaCountPanel() {
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ClaCountQuery, { variables: { area: HAMPSHIRE } }),
  );
  if (status) return status;
  const points = data?.indicator?.series?.[0]?.points ?? [];
  if (points.length === 0) return <PanelEmpty title={TITLE} what="children looked after in Hampshire" />;
  return (
    <Panel
      id="cla-count"
      title="Full-time children looked after at 31 March"
      periodRange={periodRange(points)}
      yAxisLabel="Children"
      series={[toChartSeries("cla-count", "Children looked after", "bar", points)]}
      note={<p>{data?.indicator?.definition}</p>}
    />
  );
}

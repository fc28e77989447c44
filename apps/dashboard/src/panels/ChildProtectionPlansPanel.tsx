import { useQuery } from "@apollo/client/react";
import { HAMPSHIRE } from "@csc/domain";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "Children on child protection plans";

export const ChildProtectionPlansQuery = graphql(`
  query ChildProtectionPlans($area: String!) {
    indicator(code: "cpp-count") {
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

export function ChildProtectionPlansPanel() {
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ChildProtectionPlansQuery, {
      variables: { area: HAMPSHIRE },
    }),
  );
  if (status) return status;
  const points = data?.indicator?.series?.[0]?.points ?? [];
  if (points.length === 0) return <PanelEmpty title={TITLE} what="child protection plans in Hampshire" />;
  return (
    <Panel
      id="child-protection-plans"
      title="Children on child protection plans at 31 March"
      periodRange={periodRange(points)}
      yAxisLabel="Children"
      series={[toChartSeries("cpp-count", "Children on plans", "bar", points)]}
      note={<p>{data?.indicator?.definition}</p>}
    />
  );
}

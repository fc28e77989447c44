import { useQuery } from "@apollo/client/react";
import { HAMPSHIRE } from "@csc/domain";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty, PanelError, PanelLoading } from "../components/PanelStates.tsx";
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
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(ChildProtectionPlansQuery, {
    variables: { area: HAMPSHIRE },
  });
  // While new choices load, the figures already on screen stay, rather than flashing "Loading".
  const data = current ?? previousData;
  if (loading && !data) return <PanelLoading title={TITLE} />;
  if (error) return <PanelError title={TITLE} error={error} retry={() => void refetch()} />;
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

import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "Section 47 enquiries and assessments";

export const ProtectionRatesQuery = graphql(`
  query ProtectionRates($area: String!) {
    icpc: indicator(code: "s47-to-icpc-rate") {
      code
      definition
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    timeliness: indicator(code: "cf-assessment-timeliness") {
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

/** Two percentages councillors watch: enquiries that go to conference, and assessments on time. */
export function ProtectionRatesPanel() {
  const area = useArea();
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ProtectionRatesQuery, {
      variables: { area: area.code },
    }),
  );
  if (status) return status;
  const icpc = data?.icpc?.series?.[0]?.points ?? [];
  const timeliness = data?.timeliness?.series?.[0]?.points ?? [];
  if (icpc.length === 0 && timeliness.length === 0)
    return <PanelEmpty title={TITLE} what={`section 47 enquiries in ${area.name}`} />;
  return (
    <Panel
      id="protection-rates"
      title="Section 47 enquiries going to conference, and assessments completed on time"
      periodRange={periodRange(icpc.length ? icpc : timeliness)}
      yAxisLabel="%"
      series={[
        toChartSeries(
          "s47-to-icpc-rate",
          "S47 enquiries going to an initial child protection conference (%)",
          "line",
          icpc,
        ),
        toChartSeries(
          "cf-assessment-timeliness",
          "Child and family assessments on time (%)",
          "line",
          timeliness,
        ),
      ]}
      note={
        <ul>
          <li>{data?.icpc?.definition}</li>
          <li>{data?.timeliness?.definition}</li>
        </ul>
      }
    />
  );
}

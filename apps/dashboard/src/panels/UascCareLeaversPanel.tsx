import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "UASC care leavers";

export const UascCareLeaversQuery = graphql(`
  query UascCareLeavers($area: String!) {
    careLeavers: indicator(code: "uasc-care-leavers") {
      code
      definition
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    lookedAfter: indicator(code: "uasc-looked-after") {
      code
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
  }
`);

/** UASC care leavers at each quarter end, with the UASC still looked after where published. */
export function UascCareLeaversPanel() {
  const area = useArea();
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(UascCareLeaversQuery, {
      variables: { area: area.code },
    }),
  );
  if (status) return status;
  const leavers = data?.careLeavers?.series?.[0]?.points ?? [];
  const lookedAfter = data?.lookedAfter?.series?.[0]?.points ?? [];
  if (leavers.length === 0) return <PanelEmpty title={TITLE} what={`UASC care leavers in ${area.name}`} />;
  return (
    <Panel
      id="uasc-care-leavers"
      title="UASC care leavers and UASC looked after"
      periodRange={periodRange(
        [...leavers, ...lookedAfter].sort((a, b) => a.period.end.localeCompare(b.period.end)),
      )}
      yAxisLabel="Young people"
      series={[
        toChartSeries("uasc-care-leavers", "UASC care leavers", "line", leavers),
        toChartSeries("uasc-looked-after", "UASC looked after (under 18)", "line", lookedAfter),
      ]}
      note={<p>{data?.careLeavers?.definition}</p>}
    />
  );
}

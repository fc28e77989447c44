import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { UrlCheckbox } from "../components/UrlCheckbox.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { annotationsOnPeriods, periodRange, quartersOnly, toChartSeries } from "./chartPoints.ts";

const TITLE = "Children entering and leaving care";

export const ClaEntriesExitsQuery = graphql(`
  query ClaEntriesExits($area: String!, $granularity: Granularity) {
    starts: indicator(code: "cla-starts") {
      code
      series(area: $area, granularity: $granularity) {
        points {
          ...ChartPointFields
        }
      }
    }
    ceased: indicator(code: "cla-ceased") {
      code
      series(area: $area, granularity: $granularity) {
        points {
          ...ChartPointFields
        }
      }
    }
    net: indicator(code: "cla-net-change") {
      code
      series(area: $area, granularity: $granularity) {
        points {
          ...ChartPointFields
        }
      }
    }
    annotations(area: $area) {
      key
      startsOn
      title
    }
  }
`);

/** Entering and leaving care side by side, with the net change they make to the number in care. */
export function ClaEntriesExitsPanel() {
  const area = useArea();
  const [params] = useSearchParams();
  const byYear = params.get("flows") === "financial-year";
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ClaEntriesExitsQuery, {
      variables: { area: area.code, granularity: byYear ? "FINANCIAL_YEAR" : "PUBLISHED" },
    }),
  );
  if (status) return status;
  const published = <T extends { period: { kind: string } }>(points: readonly T[]) =>
    byYear ? [...points] : quartersOnly(points);
  const starts = published(data?.starts?.series?.[0]?.points ?? []);
  const ceased = published(data?.ceased?.series?.[0]?.points ?? []);
  // The net change is also published for a whole year (para 34); the quarterly view shows quarters only.
  const net = (data?.net?.series?.[0]?.points ?? []).filter(
    (p) => byYear || starts.some((s) => s.period.key === p.period.key),
  );
  if (starts.length === 0)
    return <PanelEmpty title={TITLE} what={`children entering care in ${area.name}`} />;
  return (
    <Panel
      id="cla-entries-exits"
      title={
        byYear
          ? "Children entering and leaving care per financial year"
          : "Children entering and leaving care per quarter"
      }
      periodRange={periodRange(starts)}
      yAxisLabel="Children"
      series={[
        toChartSeries("cla-starts", "Entering care", "bar", starts),
        toChartSeries("cla-ceased", "Leaving care", "bar", ceased),
        toChartSeries("cla-net-change", "Net change", "line", net),
      ]}
      annotations={annotationsOnPeriods(data?.annotations ?? [], starts)}
      controls={<UrlCheckbox param="flows" value="financial-year" label="Show financial-year totals" />}
    />
  );
}

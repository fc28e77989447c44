import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { UrlCheckbox } from "../components/UrlCheckbox.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { annotationsOnPeriods, periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "UASC arrivals";

export const UascArrivalsQuery = graphql(`
  query UascArrivals($area: String!, $granularity: Granularity) {
    indicator(code: "uasc-arrivals") {
      code
      name
      definition
      series(area: $area, granularity: $granularity) {
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
    annotations(indicator: "uasc-arrivals", area: $area) {
      key
      startsOn
      title
    }
  }
`);

/** Unaccompanied asylum-seeking children arriving each quarter, or each financial year. */
export function UascArrivalsPanel() {
  const area = useArea();
  const [params] = useSearchParams();
  const byYear = params.get("arrivals") === "financial-year";
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(UascArrivalsQuery, {
      variables: { area: area.code, granularity: byYear ? "FINANCIAL_YEAR" : "PUBLISHED" },
    }),
  );
  if (status) return status;
  const series = data?.indicator?.series?.[0];
  if (!series || series.points.length === 0)
    return <PanelEmpty title={TITLE} what={`UASC arrivals in ${area.name}`} />;
  const incomplete = series.incompletePeriods;
  return (
    <Panel
      id="uasc-arrivals"
      title={byYear ? "UASC arrivals per financial year" : "UASC arrivals per quarter"}
      periodRange={periodRange(series.points)}
      yAxisLabel="Children"
      series={[toChartSeries("uasc-arrivals", "UASC arrivals", "bar", series.points)]}
      annotations={annotationsOnPeriods(data.annotations, series.points)}
      note={<p>{data.indicator?.definition}</p>}
      controls={
        <>
          <UrlCheckbox param="arrivals" value="financial-year" label="Show financial-year totals" />
          {byYear && incomplete.length > 0 ? (
            <p className="hint">
              Left out: {incomplete.map((i) => `${i.period.label} (${i.reason})`).join("; ")}.
            </p>
          ) : null}
        </>
      }
    />
  );
}

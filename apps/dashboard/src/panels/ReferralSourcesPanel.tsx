import { useQuery } from "@apollo/client/react";
import { formatValue } from "@csc/domain";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import type { ChartSeries } from "../charts/chartSeries.ts";
import { graphql } from "../graphql/generated/gql.ts";
import { annotationsOnPeriods, periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "Who refers children";
/** More segments than this cannot be told apart by colour, so the smaller sources are combined. */
const SHOWN = 5;

export const ReferralSourcesQuery = graphql(`
  query ReferralSources($area: String!) {
    indicator(code: "referral-source-share") {
      code
      definition
      series(area: $area) {
        breakdown {
          item
          itemName
        }
        points {
          ...ChartPointFields
        }
      }
    }
    annotations(indicator: "referral-source-share", area: $area) {
      key
      startsOn
      title
    }
  }
`);

export function ReferralSourcesPanel() {
  const area = useArea();
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ReferralSourcesQuery, {
      variables: { area: area.code },
    }),
  );
  if (status) return status;
  const series = (data?.indicator?.series ?? []).map((s) =>
    toChartSeries(s.breakdown?.item ?? "total", s.breakdown?.itemName ?? "All", "bar", s.points),
  );
  if (series.length === 0) return <PanelEmpty title={TITLE} what={`referral sources in ${area.name}`} />;
  const latestShare = (s: ChartSeries) => s.points.at(-1)?.value ?? 0;
  const ranked = [...series].sort((a, b) => latestShare(b) - latestShare(a));
  const shown = ranked.slice(0, SHOWN);
  const others = ranked.slice(SHOWN);
  const periods = shown[0]?.points ?? [];
  const otherSeries: ChartSeries = {
    key: "other-sources",
    label: `All other sources (${others.length})`,
    kind: "bar",
    points: periods.map((period) => {
      const value = Number(
        others
          .reduce((sum, s) => sum + (s.points.find((p) => p.periodKey === period.periodKey)?.value ?? 0), 0)
          .toFixed(2),
      );
      return {
        periodKey: period.periodKey,
        periodLabel: period.periodLabel,
        periodStart: period.periodStart,
        value,
        symbol: null,
        formatted: formatValue(value, "percent", 2),
        citations: others.flatMap(
          (s) => s.points.find((p) => p.periodKey === period.periodKey)?.citations ?? [],
        ),
        disagreements: [],
        revisions: [],
      };
    }),
  };
  const chartSeries = [...shown, otherSeries].map((s) => ({ ...s, stack: "sources" }));
  return (
    <Panel
      id="referral-sources"
      title="Share of referrals by source, per financial year"
      periodRange={periodRange(data?.indicator?.series?.[0]?.points ?? [])}
      yAxisLabel="% of referrals"
      annotations={annotationsOnPeriods(data?.annotations ?? [], data?.indicator?.series?.[0]?.points ?? [])}
      series={chartSeries}
      tableSeries={series}
      note={
        <p>
          The chart shows the five largest sources and combines the rest; the Table view lists every source.{" "}
          {data?.indicator?.definition}
        </p>
      }
    />
  );
}

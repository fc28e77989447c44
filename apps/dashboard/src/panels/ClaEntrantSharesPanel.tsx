import { useQuery } from "@apollo/client/react";
import { formatValue } from "@csc/domain";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import type { ChartSeries } from "../charts/chartSeries.ts";
import { graphql } from "../graphql/generated/gql.ts";
import type { ChartPointFieldsFragment } from "../graphql/generated/graphql.ts";
import { periodRange, quartersOnly } from "./chartPoints.ts";

const TITLE = "Who enters care";

export const ClaEntrantSharesQuery = graphql(`
  query ClaEntrantShares($area: String!) {
    starts: indicator(code: "cla-starts") {
      code
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    placedWithParents: indicator(code: "cla-starts-placed-with-parents") {
      code
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    uasc: indicator(code: "cla-starts-uasc") {
      code
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
  }
`);

/**
 * A group's share of the children entering care each quarter, worked out from the two published
 * counts; both counts' citations stay with the share.
 */
function shareOfEntrants(
  key: string,
  label: string,
  part: readonly ChartPointFieldsFragment[],
  whole: readonly ChartPointFieldsFragment[],
): ChartSeries {
  return {
    key,
    label,
    kind: "line",
    points: part.flatMap((p) => {
      const total = whole.find((w) => w.period.key === p.period.key);
      if (p.value == null || total?.value == null || total.value === 0) return [];
      const share = Number(((p.value / total.value) * 100).toFixed(1));
      return [
        {
          periodKey: p.period.key,
          periodLabel: p.period.label,
          periodStart: p.period.start,
          value: share,
          symbol: null,
          formatted: formatValue(share, "percent", 1),
          citations: [...p.sources, ...total.sources],
          disagreements: [],
          revisions: [],
        },
      ];
    }),
  };
}

export function ClaEntrantSharesPanel() {
  const area = useArea();
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ClaEntrantSharesQuery, {
      variables: { area: area.code },
    }),
  );
  if (status) return status;
  const starts = quartersOnly(data?.starts?.series?.[0]?.points ?? []);
  const pwp = quartersOnly(data?.placedWithParents?.series?.[0]?.points ?? []);
  const uasc = quartersOnly(data?.uasc?.series?.[0]?.points ?? []);
  if (pwp.length === 0)
    return <PanelEmpty title={TITLE} what={`children entering care by placement in ${area.name}`} />;
  return (
    <Panel
      id="cla-entrant-shares"
      title="Children entering care who were placed with parents, or were UASC"
      periodRange={periodRange(pwp)}
      yAxisLabel="% of children entering care"
      series={[
        shareOfEntrants("placed-with-parents", "Placed with parents (%)", pwp, starts),
        shareOfEntrants("uasc", "Unaccompanied asylum-seeking children (%)", uasc, starts),
      ]}
      note={
        <p>
          Percentages of the children entering care in each quarter, worked out from the report's counts of
          children entering care, those placed with parents and those who were UASC.
        </p>
      }
    />
  );
}

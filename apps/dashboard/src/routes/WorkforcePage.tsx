import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { socialWorkerTurnoverPanel } from "../panels/panelDefinitions.ts";
import { HeadlineTile } from "../components/HeadlineTile.tsx";
import { PanelError, PanelLoading } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";

export const WorkforceQuery = graphql(`
  query Workforce($area: String!) {
    indicators {
      code
      name
      series(area: $area) {
        points {
          ...HeadlineTilePointFields
        }
      }
    }
  }
`);

/** The groups the reports discuss these figures in. */
const GROUPS = [
  {
    heading: "Social worker recruitment and retention",
    codes: [
      "sw-investment",
      "sw-new-posts",
      "sw-recruited-qualified",
      "sw-recruited-nqsw",
      "sw-vacancy-rate",
      "sw-turnover-rate",
    ],
  },
  {
    heading: "Teams and new roles",
    codes: [
      "family-practitioners-recruited",
      "intensive-specialist-roles-recruited",
      "cast-teams",
      "fss-teams",
      "sw-survey-responses",
    ],
  },
  {
    heading: "Foster carer recruitment",
    codes: ["fostering-enquiries-change", "fostering-approvals-change"],
  },
] as const;

/** Mostly single figures from reports, so each is a tile with its hedge, period and source, not a chart. */
export function WorkforcePage() {
  const area = useArea();
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(WorkforceQuery, { variables: { area: area.code } });
  // While new choices load, the figures already on screen stay, rather than flashing "Loading".
  const data = current ?? previousData;
  const indicators = data?.indicators ?? [];
  return (
    <>
      <h1>Workforce and fostering</h1>
      <p className="lede">
        Social workers recruited and kept, the teams and roles created to work with families, and the
        recruitment of foster carers.
      </p>
      {loading && !data ? <PanelLoading title="Workforce and fostering figures" /> : null}
      {error ? (
        <PanelError title="Workforce and fostering figures" error={error} retry={() => void refetch()} />
      ) : null}
      {data
        ? GROUPS.map((group) => (
            <section key={group.heading} aria-labelledby={`group-${group.codes[0]}`}>
              <h2 id={`group-${group.codes[0]}`}>{group.heading}</h2>
              <div className="tiles">
                {group.codes.flatMap((code) => {
                  const indicator = indicators.find((i) => i.code === code);
                  const points = indicator?.series?.[0]?.points ?? [];
                  return indicator && points.length > 0
                    ? [<HeadlineTile key={code} name={indicator.name} points={points} />]
                    : [];
                })}
              </div>
            </section>
          ))
        : null}
      <SeriesPanel definition={socialWorkerTurnoverPanel} />
    </>
  );
}

import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { socialWorkerTurnoverPanel } from "../panels/panelDefinitions.ts";
import { HeadlineTile } from "../components/HeadlineTile.tsx";
import { PanelError, PanelLoading } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { WORKFORCE_CODES, GROUPS } from "./workforceGroups.ts";

export const WorkforceQuery = graphql(`
  query Workforce($codes: [String!]!, $area: String!) {
    indicators(codes: $codes) {
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

/** Mostly single figures from reports, so each is a tile with its hedge, period and source, not a chart. */
export function WorkforcePage() {
  const area = useArea();
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(WorkforceQuery, { variables: { codes: WORKFORCE_CODES, area: area.code } });
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

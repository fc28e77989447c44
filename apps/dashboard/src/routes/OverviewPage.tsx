import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { HeadlineTile } from "../components/HeadlineTile.tsx";
import { PanelError, PanelLoading } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { HEADLINES } from "./overviewHeadlines.ts";

export const OverviewQuery = graphql(`
  query Overview($codes: [String!]!, $area: String!) {
    indicators(codes: $codes) {
      code
      name
      series(area: $area, breakdown: "total") {
        points {
          ...HeadlineTilePointFields
        }
      }
    }
  }
`);

export function OverviewPage() {
  const area = useArea();
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(OverviewQuery, { variables: { codes: [...HEADLINES], area: area.code } });
  // While new choices load, the figures already on screen stay, rather than flashing "Loading".
  const data = current ?? previousData;
  return (
    <>
      <h1>Children's services in {area.name}</h1>
      <p className="lede">
        The latest published figure for each headline measure, with its change on the period before and its
        source.
      </p>
      {loading && !data ? <PanelLoading title="Headline figures" /> : null}
      {error ? <PanelError title="Headline figures" error={error} retry={() => void refetch()} /> : null}
      {data ? (
        <div className="tiles">
          {HEADLINES.flatMap((code) => {
            const indicator = data.indicators.find((i) => i.code === code);
            return indicator
              ? [
                  <HeadlineTile
                    key={code}
                    name={indicator.name}
                    points={indicator.series?.[0]?.points ?? []}
                  />,
                ]
              : [];
          })}
        </div>
      ) : null}
    </>
  );
}

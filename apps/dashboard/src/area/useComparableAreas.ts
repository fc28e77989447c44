import { useQuery } from "@apollo/client/react";
import { graphql } from "../graphql/generated/gql.ts";
import { useArea } from "./useArea.ts";

export const ComparableAreasQuery = graphql(`
  query ComparableAreas($area: String!) {
    area(code: $area) {
      code
      name
      parent {
        code
        name
      }
      statisticalNeighbours {
        position
        area {
          code
          name
        }
      }
    }
  }
`);

/**
 * The areas a reader most often sets the chosen council beside, in order: the council, its
 * region, England, then its statistical neighbours, closest first.
 */
export function useComparableAreas(): { code: string; name: string }[] {
  const area = useArea();
  const { data } = useQuery(ComparableAreasQuery, { variables: { area: area.code } });
  const held = data?.area;
  return [
    { code: area.code, name: area.name },
    ...(held?.parent ? [held.parent] : []),
    { code: "E92000001", name: "England" },
    ...(held?.statisticalNeighbours ?? []).map((n) => ({
      code: n.area.code,
      name: `${n.area.name} (neighbour ${String(n.position)})`,
    })),
  ];
}

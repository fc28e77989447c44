import { useArea } from "../area/useArea.ts";
import { CompareRow } from "../compare/CompareRow.tsx";
import { comparisons } from "../compare/comparisons.ts";

/**
 * LAIT's council view, for the chosen council: for each measure DfE publishes for every council,
 * the latest figure, its change, and how it stands against its statistical neighbours, its region,
 * England and every council, with the band in words as well as colour.
 */
export function ComparePage() {
  const area = useArea();
  return (
    <>
      <h1>How {area.name} compares</h1>
      <p className="lede">
        The latest published figure for each measure, against {area.name}'s ten statistical neighbours (DfE's
        2025 model), its region and England, and its rank among every council with a figure. Rank 1 and band A
        are the best, where DfE's Local Authority Interactive Tool says whether higher or lower is better;
        other measures are not ranked.
      </p>
      <div className="table-scroll">
        <table className="compare">
          <caption>How {area.name} compares, measure by measure</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Latest</th>
              <th scope="col">Change</th>
              <th scope="col">Neighbours' average</th>
              <th scope="col">Region</th>
              <th scope="col">England</th>
              <th scope="col">Rank</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {comparisons.map(({ code }) => (
              <CompareRow key={code} code={code} areaCode={area.code} areaName={area.name} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

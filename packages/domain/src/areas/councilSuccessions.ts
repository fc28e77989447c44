/**
 * A council replaced by others on a day: merged into a new council, or split between new ones.
 * A change of GSS code under the same DfE number is not a succession (see `englishCouncils`).
 */
export interface CouncilSuccession {
  readonly predecessors: readonly string[];
  readonly successors: readonly string[];
  /** The first day of the successors. */
  readonly on: string;
  readonly note: string;
}

export const councilSuccessions: readonly CouncilSuccession[] = [
  {
    predecessors: ["E06000028", "E06000029"],
    successors: ["E06000058"],
    on: "2019-04-01",
    note: "Bournemouth and Poole merged, with Christchurch from Dorset, into Bournemouth, Christchurch and Poole.",
  },
  {
    predecessors: ["E10000009"],
    successors: ["E06000059", "E06000058"],
    on: "2019-04-01",
    note: "Dorset County Council was replaced by the unitary Dorset Council; Christchurch joined Bournemouth, Christchurch and Poole.",
  },
  {
    predecessors: ["E10000021"],
    successors: ["E06000061", "E06000062"],
    on: "2021-04-01",
    note: "Northamptonshire was split into North Northamptonshire and West Northamptonshire, whose children's services are run jointly by Northamptonshire Children's Trust.",
  },
  {
    predecessors: ["E10000006"],
    successors: ["E06000063", "E06000064"],
    on: "2023-04-01",
    note: "Cumbria was split into Cumberland and Westmorland and Furness.",
  },
];

/**
 * The DfE's SSDA903 code lists that decide what is counted (DfE validation rules 143, 144, 145,
 * 146 and 149 check an extract against the same lists). A code outside them cannot be counted.
 */
export const REASONS_NEW_EPISODE: ReadonlySet<string> = new Set(["S", "P", "L", "T", "U", "B"]);

export const LEGAL_STATUSES: ReadonlySet<string> = new Set([
  "C1",
  "C2",
  "D1",
  "E1",
  "V2",
  "V3",
  "V4",
  "J1",
  "J2",
  "J3",
  "L1",
  "L2",
  "L3",
]);

export const CATEGORIES_OF_NEED: ReadonlySet<string> = new Set([
  "N1",
  "N2",
  "N3",
  "N4",
  "N5",
  "N6",
  "N7",
  "N8",
]);

export const PLACEMENT_TYPES: ReadonlySet<string> = new Set([
  "A3",
  "A4",
  "A5",
  "A6",
  "H5",
  "K1",
  "K2",
  "P1",
  "P2",
  "P3",
  "R1",
  "R2",
  "R3",
  "R5",
  "S1",
  "T0",
  "T1",
  "T2",
  "T3",
  "T4",
  "U1",
  "U2",
  "U3",
  "U4",
  "U5",
  "U6",
  "Z1",
]);

export const REASONS_EPISODE_CEASED: ReadonlySet<string> = new Set([
  "E11",
  "E12",
  "E2",
  "E3",
  "E4A",
  "E4B",
  "E13",
  "E41",
  "E45",
  "E46",
  "E47",
  "E48",
  "E5",
  "E6",
  "E7",
  "E8",
  "E9",
  "E14",
  "E15",
  "E16",
  "E17",
  "X1",
]);

export const PLACEMENT_PROVIDERS: ReadonlySet<string> = new Set(["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"]);

/** Legal statuses of an agreed series of short-term breaks: such episodes count for nothing. */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(["V3", "V4"]);

/** The episode ended but care went on in a new episode: the child did not leave care. */
export const CARE_CONTINUES = "X1";

/** A reason for a new episode that is a change of legal status only, in the same placement. */
export const LEGAL_STATUS_CHANGE_ONLY = "L";

/** Placed with parents or others with parental responsibility. */
export const PLACED_WITH_PARENTS = "P1";

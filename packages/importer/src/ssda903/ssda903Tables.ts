/** The SSDA903 tables the importer reads, recognised by their DfE column names. */
export type Ssda903Table = "header" | "episodes" | "uasc" | "missing" | "oc3";

/** Each table's columns, as the DfE names them; the first marks the table apart from the others. */
export const SSDA903_COLUMNS: Readonly<Record<Ssda903Table, readonly string[]>> = {
  episodes: [
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
  ],
  header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  uasc: ["CHILD", "SEX", "DOB", "DUC"],
  missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
};

/** The columns without which a table cannot be counted from. */
export const SSDA903_REQUIRED: Readonly<Record<Ssda903Table, readonly string[]>> = {
  episodes: ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "DEC", "REC"],
  header: ["CHILD", "SEX", "DOB"],
  uasc: ["CHILD", "DUC"],
  missing: ["CHILD", "MISSING", "MIS_START"],
  oc3: ["CHILD", "IN_TOUCH"],
};

/** Which SSDA903 table a header row is, if any: by the columns only that table has. */
export function ssda903TableOf(header: readonly string[]): Ssda903Table | null {
  const has = (column: string) => header.includes(column);
  if (!has("CHILD")) return null;
  if (has("DECOM") && has("RNE")) return "episodes";
  if (has("DUC")) return "uasc";
  if (has("MIS_START")) return "missing";
  if (has("IN_TOUCH")) return "oc3";
  if (has("SEX") && has("DOB") && (has("ETHNIC") || has("UPN"))) return "header";
  return null;
}

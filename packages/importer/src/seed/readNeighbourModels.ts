import { AreaRegister } from "@csc/domain";
import { readCsvRows } from "../csv/readCsv.ts";
import { ImportValidationError, type ImportProblem } from "../importProblem.ts";

export interface NeighbourRow {
  readonly model: string;
  readonly areaCode: string;
  readonly position: number;
  readonly neighbourCode: string;
  readonly closeness: string;
}

/** DfE's two models, by the file each ships in. */
export const NEIGHBOUR_MODEL_FILES = {
  SN_2021: "New_Statistical_Neighbour_Groupings_April_2021.csv",
  SN_2025: "sn_model_2025_wide.csv",
} as const;

export type NeighbourModel = keyof typeof NEIGHBOUR_MODEL_FILES;

/** DfE's closeness words, with their stray spaces and capitals made one way. */
function closenessOf(text: string): string {
  const words = text.trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads a statistical neighbour file: a row per council, its DfE number first, then for each of
 * its ten neighbours the neighbour's DfE number (SN1 or SN_1…) followed by its closeness. Both
 * DfE layouts are read by finding those columns in the header. Every number must be a council in
 * the register (the 2021 model's Northamptonshire and Cumbria are; they are kept as DfE gave them).
 */
export function readNeighbourModel(
  model: NeighbourModel,
  file: string,
  bytes: Uint8Array,
  register = new AreaRegister(),
): NeighbourRow[] {
  const [header, ...rows] = readCsvRows(file, bytes);
  const positions = (header?.cells ?? []).flatMap((name, index) => {
    const match = /^SN_?(\d+)$/.exec(name.trim());
    return match ? [{ position: Number(match[1]), index }] : [];
  });
  const problems: ImportProblem[] = [];
  if (positions.length !== 10)
    problems.push({
      file,
      line: 1,
      message: "expected ten neighbour columns, SN1 to SN10 (or SN_1 to SN_10)",
    });
  const result: NeighbourRow[] = [];
  const councilOf = (line: number, column: string, text: string) => {
    const council = register.byLaNumber(text.trim());
    if (!council || council.level !== "local_authority")
      problems.push({
        file,
        line,
        column,
        value: text,
        message: "is not a DfE number of a council in the register",
      });
    return council?.code;
  };
  for (const { line, cells } of rows) {
    if (!cells[0]?.trim()) continue;
    const areaCode = councilOf(line, header?.cells[0] ?? "", cells[0]);
    for (const { position, index } of positions) {
      const neighbourCode = councilOf(line, header?.cells[index] ?? "", cells[index] ?? "");
      if (areaCode && neighbourCode)
        result.push({
          model,
          areaCode,
          position,
          neighbourCode,
          closeness: closenessOf(cells[index + 1] ?? ""),
        });
    }
  }
  if (problems.length > 0) throw new ImportValidationError(problems);
  return result;
}

import { decodeText } from "../csv/decodeText.ts";
import type { ImportFile } from "../import/readImportFile.ts";
import type { CareExtractFile } from "./readCareExtract.ts";
import { ssda903TableOf } from "./ssda903Tables.ts";

/** A file's header row, read without parsing the rest of a possibly large file. */
function headerOf(bytes: Uint8Array): string[] {
  const newline = bytes.indexOf(0x0a);
  const first = decodeText(bytes.subarray(0, newline === -1 ? Math.min(bytes.length, 65_536) : newline)).text;
  return first
    .replace(/^\uFEFF/, "")
    .replace(/\r$/, "")
    .split(",")
    .map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
}

/**
 * An SSDA903 extract comes as several tables that are counted together; the batch's other files
 * are read one by one as before. Tables are recognised by their DfE column names.
 */
export function splitCareExtract(files: readonly ImportFile[]): {
  readonly extract: CareExtractFile[];
  readonly others: ImportFile[];
} {
  const extract: CareExtractFile[] = [];
  const others: ImportFile[] = [];
  for (const file of files) {
    const table = file.kind && file.kind !== "ssda903" ? null : ssda903TableOf(headerOf(file.bytes));
    if (table) extract.push({ file, table });
    else others.push(file);
  }
  return { extract, others };
}

/**
 * A tidy table's name from its file's name, without the years an edition adds, so that the 2024 and
 * 2025 editions of a table are one table: "b1_children_in_need_2013_to_2025.csv" is
 * "b1_children_in_need".
 */
export function tableNameOf(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.csv$/i, "").toLowerCase();
  const name = base
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/(_(19|20)\d{2}(_to)?(_(19|20)?\d{2})?)+$/, "")
    .replace(/^_+|_+$/g, "");
  return name || "table";
}

/** "la_cla_placement_stability" → "La cla placement stability", for names when no label is given. */
export function humanise(name: string): string {
  const words = name.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

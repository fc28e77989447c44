import type { ImportFile } from "./readImportFile.ts";

const META = /\.meta\.csv$/i;

/**
 * Sets each EES `.meta.csv` beside the data file it describes (`x.meta.csv` describes `x.csv`),
 * so that it is checked with it rather than imported as a file of its own.
 */
export function pairMetaFiles(files: readonly ImportFile[]): {
  dataFiles: ImportFile[];
  unpaired: ImportFile[];
} {
  const metas = new Map(
    files
      .filter((file) => META.test(file.name))
      .map((file) => [file.name.replace(META, ".csv").toLowerCase(), file]),
  );
  const dataFiles = files
    .filter((file) => !META.test(file.name))
    .map((file) => {
      const meta = metas.get(file.name.toLowerCase());
      if (!meta) return file;
      metas.delete(file.name.toLowerCase());
      return { ...file, meta: { name: meta.name, bytes: meta.bytes } };
    });
  return { dataFiles, unpaired: [...metas.values()] };
}

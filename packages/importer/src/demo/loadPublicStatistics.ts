import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { projectPaths, type PrismaClient } from "@csc/db";
import type { ImportSummary } from "../import/importFiles.ts";
import type { ImportFile } from "../import/readImportFile.ts";
import { loadShippedFiles } from "./loadNationalStatistics.ts";

/** The public statistics shipped with the platform, copied byte for byte from shared/data. */
export const publicStatisticsDirectory = path.join(projectPaths.seedData, "public-statistics");

/**
 * The shipped DfE, Ofsted and Home Office files, folder by folder. Within a folder the names sort
 * in publication order (…_2018_2022 before …_2019_2023), so later releases revise earlier ones.
 */
export async function publicStatisticsFiles(directory = publicStatisticsDirectory): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const folder of (await readdir(directory)).sort()) {
    const names = (await readdir(path.join(directory, folder)))
      .filter((name) => name.endsWith(".csv"))
      .sort();
    for (const name of names) {
      const file = path.join(directory, folder, name);
      files.push({ name: path.relative(projectPaths.root, file), bytes: await readFile(file) });
    }
  }
  return files;
}

/**
 * Loads the shipped public statistics as published releases. `npm start` calls it every time, so
 * files a release was already made from are not read again.
 */
export async function loadPublicStatistics(prisma: PrismaClient): Promise<ImportSummary> {
  return loadShippedFiles(prisma, await publicStatisticsFiles());
}

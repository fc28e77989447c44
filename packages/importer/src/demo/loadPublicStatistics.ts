import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { projectPaths, type PrismaClient } from "@csc/db";
import { importFiles, type ImportSummary } from "../import/importFiles.ts";
import type { ImportFile } from "../import/readImportFile.ts";

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
  const files = await publicStatisticsFiles();
  const checksums = files.map((file) => createHash("sha256").update(file.bytes).digest("hex"));
  const loaded = new Set(
    (
      await prisma.release.findMany({ where: { checksum: { in: checksums } }, select: { checksum: true } })
    ).map((release) => release.checksum),
  );
  const fresh = files.filter((_file, i) => !loaded.has(checksums[i] ?? ""));
  if (fresh.length === 0) return { dryRun: false, files: [], qualityIssues: [] };
  return importFiles(prisma, fresh, {
    createdBy: "demo",
    publish: true,
    // The data-quality page runs the rules over everything; listing them at every start is noise.
    checkQuality: false,
  });
}

import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { projectPaths, type PrismaClient } from "@csc/db";
import { importFiles, type ImportSummary } from "../import/importFiles.ts";
import type { ImportFile } from "../import/readImportFile.ts";

/** DfE's whole national files, every council's figures, copied byte for byte from shared/data. */
export const nationalStatisticsDirectory = path.join(projectPaths.seedData, "national");

const isTidy = (bytes: Uint8Array) => {
  const header = new TextDecoder().decode(bytes.subarray(0, 400)).split(/\r?\n/)[0] ?? "";
  return header.includes("time_period") && header.includes("geographic_level");
};

/**
 * The national tidy files, in name order. The folder also holds the statistical neighbour models
 * and LAIT's catalogue of measures, which are reference data the seed step reads, not figures.
 */
export async function nationalStatisticsFiles(
  directory = nationalStatisticsDirectory,
): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const name of (await readdir(directory)).filter((n) => n.endsWith(".csv")).sort()) {
    const file = path.join(directory, name);
    const bytes = await readFile(file);
    if (isTidy(bytes)) files.push({ name: path.relative(projectPaths.root, file), bytes });
  }
  return files;
}

/**
 * Loads shipped files as published releases, skipping any a release was already made from, so
 * that `npm start` can call it every time.
 */
export async function loadShippedFiles(
  prisma: PrismaClient,
  files: readonly ImportFile[],
): Promise<ImportSummary> {
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

/** Every council's figures from DfE's national files, so a newcomer sees every council at once. */
export async function loadNationalStatistics(prisma: PrismaClient): Promise<ImportSummary> {
  return loadShippedFiles(prisma, await nationalStatisticsFiles());
}

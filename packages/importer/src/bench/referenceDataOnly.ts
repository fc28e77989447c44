import path from "node:path";
import { readFile } from "node:fs/promises";
import { projectPaths, type PrismaClient } from "@csc/db";
import { readCsv } from "../csv/readCsv.ts";
import { readSourcesCsv } from "../seed/readReferenceFiles.ts";
import { syncCatalogues, syncSources } from "../seed/syncReferenceData.ts";

/** The catalogue, areas and sources a benchmark's imports are checked against, and no figures. */
export async function loadReferenceDataOnly(prisma: PrismaClient): Promise<void> {
  const sourcesFile = path.join(projectPaths.seedData, "sources.csv");
  const sources = readSourcesCsv(readCsv(sourcesFile, await readFile(sourcesFile)));
  await prisma.$transaction(async (tx) => {
    await syncCatalogues(tx);
    await syncSources(tx, sources);
  });
}

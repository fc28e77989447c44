import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { projectPaths, refreshPlannerStatistics, type PrismaClient } from "@csc/db";
import { referenceAreas } from "@csc/domain";
import { readCsv } from "../csv/readCsv.ts";
import { readFiguresCsv, type FigureRecord } from "../figures/readFiguresCsv.ts";
import { loadRelease, type LoadResult } from "../load/loadRelease.ts";
import {
  NEIGHBOUR_MODEL_FILES,
  readNeighbourModel,
  type NeighbourModel,
  type NeighbourRow,
} from "./readNeighbourModels.ts";
import { readAnnotationsCsv, readSourcesCsv } from "./readReferenceFiles.ts";
import { syncAnnotations, syncCatalogues, syncNeighbours, syncSources } from "./syncReferenceData.ts";

export interface SeedSummary {
  readonly sources: number;
  readonly annotations: number;
  /** Councils' statistical neighbours, over both of DfE's models. */
  readonly neighbours: number;
  readonly files: { file: string; dataset: string; figures: number; result: LoadResult }[];
}

interface FiguresFileOnDisk {
  file: string;
  dataset: string;
  checksum: string;
  records: FigureRecord[];
}

async function readTable(directory: string, name: string) {
  const file = path.join(directory, name);
  const bytes = await readFile(file);
  return { table: readCsv(path.relative(projectPaths.root, file), bytes), bytes };
}

/**
 * Loads the reference data and the transcribed report figures under `directory` (prisma/seed):
 * catalogues, sources and annotations are brought up to date, and each figures file becomes a
 * published release. Everything is read and checked first and written in one transaction, so a
 * bad file leaves the database as it was. Running it again changes nothing unless a file changed.
 */
export async function seedDatabase(
  prisma: PrismaClient,
  directory = projectPaths.seedData,
): Promise<SeedSummary> {
  const sources = readSourcesCsv((await readTable(directory, "sources.csv")).table);
  const existingSources = await prisma.source.findMany({ select: { key: true } });
  const sourceKeys = new Set([...sources.map((s) => s.key), ...existingSources.map((s) => s.key)]);
  const annotations = readAnnotationsCsv((await readTable(directory, "annotations.csv")).table, sourceKeys);
  const neighbours: NeighbourRow[] = [];
  for (const [model, name] of Object.entries(NEIGHBOUR_MODEL_FILES)) {
    const file = path.join(directory, "national", name);
    neighbours.push(
      ...readNeighbourModel(
        model as NeighbourModel,
        path.relative(projectPaths.root, file),
        await readFile(file),
      ),
    );
  }
  const existingAreas = await prisma.area.findMany({ select: { code: true } });
  const areaCodes = new Set([...referenceAreas.map((a) => a.code), ...existingAreas.map((a) => a.code)]);

  const figureFiles: FiguresFileOnDisk[] = [];
  const names = (await readdir(path.join(directory, "figures")))
    .filter((name) => name.endsWith(".csv"))
    .sort();
  for (const name of names) {
    const { table, bytes } = await readTable(path.join(directory, "figures"), name);
    figureFiles.push({
      file: table.file,
      dataset: `seed/${name.replace(/\.csv$/, "")}`,
      checksum: createHash("sha256").update(bytes).digest("hex"),
      records: readFiguresCsv(table, { areaCodes, sourceKeys }),
    });
  }

  const summary = await prisma.$transaction(
    async (tx) => {
      await syncCatalogues(tx);
      await syncSources(tx, sources);
      await syncAnnotations(tx, annotations);
      await syncNeighbours(tx, neighbours);
      const files: SeedSummary["files"] = [];
      for (const figures of figureFiles) {
        const result = await loadRelease(
          tx,
          {
            dataset: figures.dataset,
            checksum: figures.checksum,
            createdBy: "seed",
            status: "published",
            description: `Figures transcribed from ${figures.file}`,
          },
          figures.records,
        );
        files.push({ file: figures.file, dataset: figures.dataset, figures: figures.records.length, result });
      }
      return {
        sources: sources.length,
        annotations: annotations.length,
        neighbours: neighbours.length,
        files,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (summary.files.some((file) => file.result.release)) await refreshPlannerStatistics(prisma);
  return summary;
}

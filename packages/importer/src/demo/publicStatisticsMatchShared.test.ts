import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectPaths } from "@csc/db";
import { nationalStatisticsDirectory } from "./loadNationalStatistics.ts";
import { publicStatisticsDirectory } from "./loadPublicStatistics.ts";
import { ssda903SamplesDirectory } from "./ssda903Samples.ts";

/**
 * The shipped public statistics are copies of the shared files; a copy that drifted (an editor's
 * re-encoding, a stray line ending) would put figures in the platform that no publisher printed.
 * Where the shared files are not beside the repository, the test is reported as skipped.
 */
const sharedDirectory =
  process.env.CSC_PUBLIC_STATISTICS_DIR ??
  path.join(projectPaths.root, "..", "shared", "data", "public-statistics");
const haveShared = existsSync(sharedDirectory);
const sharedNational = path.join(sharedDirectory, "..", "national");

describe("the shipped public statistics", () => {
  it.skipIf(!haveShared)("are byte for byte the shared DfE, Ofsted and Home Office files", () => {
    const copies = readdirSync(publicStatisticsDirectory).flatMap((folder) =>
      readdirSync(path.join(publicStatisticsDirectory, folder)).map((name) => path.join(folder, name)),
    );
    expect(copies.length).toBeGreaterThanOrEqual(30);
    for (const copy of copies) {
      const shipped = readFileSync(path.join(publicStatisticsDirectory, copy));
      expect(shipped.equals(readFileSync(path.join(sharedDirectory, copy))), copy).toBe(true);
    }
  });

  it.skipIf(!haveShared)("include the SSDA903 sample extracts, byte for byte", () => {
    const copies = readdirSync(ssda903SamplesDirectory).flatMap((folder) =>
      readdirSync(path.join(ssda903SamplesDirectory, folder)).map((name) => path.join(folder, name)),
    );
    expect(copies.length).toBe(9);
    for (const copy of copies) {
      const shipped = readFileSync(path.join(ssda903SamplesDirectory, copy));
      expect(shipped.equals(readFileSync(path.join(sharedDirectory, copy))), copy).toBe(true);
    }
  });

  it.skipIf(!existsSync(sharedNational))("include DfE's national files, byte for byte", () => {
    const copies = readdirSync(nationalStatisticsDirectory);
    expect(copies.length).toBeGreaterThanOrEqual(11);
    for (const copy of copies) {
      const shipped = readFileSync(path.join(nationalStatisticsDirectory, copy));
      expect(shipped.equals(readFileSync(path.join(sharedNational, copy))), copy).toBe(true);
    }
  });
});

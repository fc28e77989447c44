import { existsSync } from "node:fs";
import path from "node:path";
import { projectPaths } from "@csc/db";
import { startTestApi, type TestApi } from "@csc/api/testing";
import { loadNationalStatistics, loadPublicStatistics } from "@csc/importer";

export const dashboardBuild = path.join(projectPaths.root, "apps", "dashboard", "dist");

/**
 * The real API serving the built dashboard, over a fresh embedded database with what the start
 * command loads: the seed figures, the shipped public statistics and DfE's national files.
 */
export async function startDashboard(): Promise<TestApi> {
  if (!existsSync(path.join(dashboardBuild, "index.html"))) {
    throw new Error("The dashboard is not built: run `npm test` (which builds it) or `npm run build`.");
  }
  const api = await startTestApi("pglite", { environment: "production", dashboardDirectory: dashboardBuild });
  await loadPublicStatistics(api.db.prisma);
  await loadNationalStatistics(api.db.prisma);
  return api;
}

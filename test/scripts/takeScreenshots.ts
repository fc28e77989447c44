import path from "node:path";
import { projectPaths } from "@csc/db";
import { launchChromium } from "../e2e/chromium.ts";
import { startDashboard } from "../e2e/dashboardServer.ts";

/** Screenshots of the dashboard's main pages for docs/screenshots, with what the start command loads. */
const PAGES = [
  ["overview", "/"],
  ["compare", "/compare?area=E09000012"],
  ["uasc", "/uasc"],
  ["children-looked-after", "/children-looked-after"],
  [
    "children-looked-after-compared",
    "/children-looked-after?flows=financial-year&compare-cla-entries-exits=on&compare-cla-count=on",
  ],
  ["front-door", "/front-door"],
  ["workforce", "/workforce"],
  ["explore", "/explore?indicator=cla-rate-per-10000&areas=E10000014,E12000008,E92000001"],
  ["sources", "/sources"],
  ["data-quality", "/data-quality?area=E10000014"],
  ["import", "/import"],
  ["report", "/report?panels=uasc-arrivals,cla-entries-exits"],
  ["check-paper", "/check-paper"],
] as const;

const browser = await launchChromium();
const api = await startDashboard();
try {
  const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  for (const [name, route] of PAGES) {
    await page.goto(`${api.url}${route}`);
    await page.waitForLoadState("networkidle");
    const file = path.join(projectPaths.root, "docs", "screenshots", `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`Wrote ${path.relative(projectPaths.root, file)}`);
  }
} finally {
  await browser.close();
  await api.stop();
}

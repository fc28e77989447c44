import path from "node:path";
import { projectPaths } from "@csc/db";
import { launchChromium } from "../e2e/chromium.ts";
import { startDashboard } from "../e2e/dashboardServer.ts";

/** Screenshots of the dashboard's main pages for docs/screenshots, from a fresh seeded database. */
const PAGES = [
  ["overview", "/"],
  ["uasc", "/uasc"],
  ["children-looked-after", "/children-looked-after"],
  ["front-door", "/front-door"],
  ["workforce", "/workforce"],
  ["explore", "/explore?indicator=cla-starts&areas=E10000014,E92000001&granularity=FINANCIAL_YEAR"],
  ["sources", "/sources"],
  ["report", "/report?panels=uasc-arrivals,cla-entries-exits"],
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

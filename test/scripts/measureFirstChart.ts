import { launchChromium } from "../e2e/chromium.ts";
import { startDashboard } from "../e2e/dashboardServer.ts";

/**
 * How soon a reader sees the first chart: the built dashboard served by the API over what the
 * start command loads (every council included), opened in Chromium on localhost. "First visit" is
 * a new browser profile (nothing cached); "again" reloads the page in it (the hashed scripts
 * cached for a year, the API's answer kept). Times are from the start of navigation to the moment
 * the first chart's drawing is added to the page, taken in the page itself (asking from outside
 * added up to 300 ms of the driver's own), the median of BENCH_RUNS visits; BENCH_PAGES measures
 * some of the pages only (comma-separated addresses).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = process.env.BENCH_PAGES?.split(",") ?? [
  "/uasc",
  "/children-looked-after",
  "/front-door",
  "/workforce",
];
const CHART = ".recharts-wrapper > svg.recharts-surface";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const browser = await launchChromium();
const api = await startDashboard();
try {
  console.log("| page | first visit | again |");
  console.log("|---|---|---|");
  for (const route of PAGES) {
    const first: number[] = [];
    const again: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      await context.addInitScript((chart) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector(chart)) return;
          document.documentElement.dataset.firstChart = String(performance.now());
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, CHART);
      const page = await context.newPage();
      const firstChart = async () => {
        await page.waitForSelector(CHART);
        return Number(await page.evaluate(() => document.documentElement.dataset.firstChart));
      };
      await page.goto(`${api.url}${route}`, { waitUntil: "commit" });
      first.push(await firstChart());
      await page.reload({ waitUntil: "commit" });
      again.push(await firstChart());
      await context.close();
    }
    console.log(`| ${route} | ${median(first).toFixed(0)} ms | ${median(again).toFixed(0)} ms |`);
  }
} finally {
  await browser.close();
  await api.stop();
}

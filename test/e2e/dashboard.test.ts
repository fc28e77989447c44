import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "@csc/api/testing";
import { launchChromium } from "./chromium.ts";
import { startDashboard } from "./dashboardServer.ts";

const ARRIVALS = ["14", "29", "31", "17", "18", "7", "8", "3", "13", "0", "18", "4", "7"];

describe("the dashboard in Chromium", () => {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const url = (path: string) => `${api?.url ?? ""}${path}`;
  beforeAll(async () => {
    browser = await launchChromium();
    api = await startDashboard();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }

  it("shows the headline figures with their change and source on the Overview", async () => {
    await page.goto(url("/"));
    const tiles = page.locator("article.tile");
    await expect.poll(() => tiles.count()).toBe(7);
    const cla = tiles.filter({
      has: page.getByRole("heading", { name: "Children looked after", exact: true }),
    });
    expect(await cla.locator(".tile-value").textContent()).toBe("1,656");
    expect(await cla.locator(".tile-period").textContent()).toBe("at 31 March 2021");
    expect(await cla.locator(".tile-change").textContent()).toBe("Up 54 (3.4%) since 31 March 2020");
    expect(await cla.locator(".tile-source").textContent()).toMatch(
      /Annual Safeguarding Report – Children's Services 2020-21, Table "Full Time Children Looked After \(CLA\)"/,
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it("draws a bar for each quarter's UASC arrivals and lists the same figures in the Table view", async () => {
    await page.goto(url("/uasc"));
    const panel = page.locator("#uasc-arrivals");
    await expect
      .poll(() => panel.locator(".recharts-bar-rectangle").count())
      .toBe(ARRIVALS.filter((v) => v !== "0").length);
    await panel.getByRole("tab", { name: "Table" }).click();
    const rows = panel.locator("tbody tr");
    expect(await rows.count()).toBe(13);
    expect(await rows.locator("td").allTextContents()).toEqual(ARRIVALS);
    expect(await rows.nth(0).locator("th").textContent()).toBe("Jan–Mar 2018");
    expect(await panel.locator(".summary").textContent()).toBe(
      "Summary: UASC arrivals fell from 14 in Jan–Mar 2018 to 7 in Jan–Mar 2021, peaking at 31 in Jul–Sep 2018, with a low of 0 in Apr–Jun 2020.",
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it("downloads a CSV with exactly the published figures and their citations", async () => {
    const panel = page.locator("#uasc-arrivals");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("uasc-arrivals.csv");
    const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
    expect(lines[0]).toBe("Period,UASC arrivals,Sources");
    expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual(ARRIVALS);
    expect(lines[1]).toContain(
      'Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Jan - Mar 2018""',
    );
  });

  it("downloads the chart as SVG and as a print-resolution PNG", async () => {
    const panel = page.locator("#uasc-arrivals");
    await panel.getByRole("tab", { name: "Chart" }).click();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    const svgText = await readFile(await svg.path(), "utf8");
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain("<title>UASC arrivals per quarter, Jan–Mar 2018 to Jan–Mar 2021</title>");
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const bytes = await readFile(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const chartWidth = await panel
      .locator("svg.recharts-surface")
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(bytes.readUInt32BE(16)).toBe(Math.round(chartWidth * 3));
  });

  it("shows where each figure comes from", async () => {
    const panel = page.locator("#uasc-arrivals");
    await panel.locator("details.sources summary").click();
    expect(await panel.locator("details.sources").textContent()).toContain(
      'Table "Hampshire UASC Arrivals" (after para 20), row "Quarterly Data", column "Oct-Dec 2018"',
    );
  });

  it("keeps the financial-year view in the address, so it can be shared and reloaded", async () => {
    const panel = page.locator("#uasc-arrivals");
    await panel.getByLabel("Show financial-year totals").check();
    await expect.poll(() => page.url()).toMatch(/\?arrivals=financial-year$/);
    await page.reload();
    const reloaded = page.locator("#uasc-arrivals");
    await expect.poll(() => reloaded.locator(".recharts-bar-rectangle").count()).toBe(3);
    expect(await reloaded.getByLabel("Show financial-year totals").isChecked()).toBe(true);
    await reloaded.getByRole("tab", { name: "Table" }).click();
    expect(await reloaded.locator("tbody td").allTextContents()).toEqual(["95", "31", "29"]);
    expect(await reloaded.locator(".hint").textContent()).toMatch(
      /Left out: 2017-18 \(only Jan–Mar 2018 of 2017-18 is published\)/,
    );
  });

  it("draws a point for each UASC care leavers figure", async () => {
    const panel = page.locator("#uasc-care-leavers");
    await expect.poll(() => panel.locator(".recharts-line-dots").first().locator("circle").count()).toBe(14);
  });

  it("lets keyboard users step through a chart's periods, announcing each value", async () => {
    await page.goto(url("/uasc"));
    const chart = page.locator("#uasc-arrivals svg.recharts-surface[tabindex='0']");
    await chart.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const status = page.locator("#uasc-arrivals [role='status'][aria-live]");
    await expect.poll(() => status.textContent()).toMatch(/Jul–Sep 2018.*UASC arrivals.*31/);
  });

  it("reflows at 400% zoom without scrolling sideways", async () => {
    if (!browser) throw new Error("Chromium did not start.");
    const zoomed = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const narrow = await zoomed.newPage();
      for (const path of [
        "/",
        "/uasc",
        "/children-looked-after",
        "/front-door",
        "/workforce",
        "/explore",
        "/sources",
      ]) {
        await narrow.goto(url(path));
        await narrow.waitForLoadState("networkidle");
        const overflow = await narrow.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    } finally {
      await zoomed.close();
    }
  });

  it("lets keyboard users switch between Chart and Table with the arrow keys", async () => {
    const panel = page.locator("#uasc-care-leavers");
    await panel.getByRole("tab", { name: "Chart" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await panel.getByRole("tab", { name: "Table" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Table");
  });

  it("pairs children entering and leaving care each quarter with the net change", async () => {
    await page.goto(url("/children-looked-after"));
    const panel = page.locator("#cla-entries-exits");
    await expect.poll(() => panel.locator(".recharts-bar-rectangle").count()).toBe(24);
    expect(await panel.locator(".recharts-line-dots circle").count()).toBe(12);
    await panel.getByRole("tab", { name: "Table" }).click();
    expect(await panel.locator("thead th").allTextContents()).toEqual([
      "Period",
      "Entering care",
      "Leaving care",
      "Net change",
    ]);
    expect(await panel.locator("tbody tr").first().locator("th, td").allTextContents()).toEqual([
      "Apr–Jun 2018",
      "151",
      "149",
      "2",
    ]);
    expect(await panel.locator("tbody tr").count()).toBe(12);
    expect(await seriousViolations()).toEqual([]);
  });

  it("shows the report's annual net change beside the quarters' total, marked as a disagreement", async () => {
    const panel = page.locator("#cla-entries-exits");
    await panel.getByLabel("Show financial-year totals").check();
    await expect.poll(() => panel.locator("tbody tr").count()).toBe(3);
    const year = panel.locator("tbody tr").filter({ hasText: "2020-21" });
    expect(await year.locator("td").allTextContents()).toEqual([
      "633",
      "566",
      "54 † also given as 67 (Annual Safeguarding Report – Children's Services 2020-21: Sum of the 4 published figures for Apr–Jun 2020 to Jan–Mar 2021)",
    ]);
    expect(await panel.locator(".table-notes").textContent()).toContain(
      "Net change, 2020-21: 54 here; 67 in",
    );
  });

  it("works out the shares of entrants placed with parents and who were UASC", async () => {
    const panel = page.locator("#cla-entrant-shares");
    await panel.getByRole("tab", { name: "Table" }).click();
    expect(await panel.locator("tbody tr").first().locator("th, td").allTextContents()).toEqual([
      "Apr–Jun 2018",
      "15.9%",
      "19.2%",
    ]);
    const count = page.locator("#cla-count");
    await expect.poll(() => count.locator(".recharts-bar-rectangle").count()).toBe(7);
  });

  it("shows contacts and referrals, and every referral source in the table while the chart combines the smaller ones", async () => {
    await page.goto(url("/front-door"));
    const contacts = page.locator("#contacts-referrals");
    await expect.poll(() => contacts.locator(".recharts-bar-rectangle").count()).toBe(10);
    const sources = page.locator("#referral-sources");
    await expect.poll(() => sources.locator(".recharts-bar-rectangle").count()).toBe(30);
    await sources.getByRole("tab", { name: "Table" }).click();
    expect(await sources.locator("thead th").count()).toBe(12);
    expect(await sources.locator("thead th").allTextContents()).toContain("Police");
    expect(
      await sources.locator("tbody tr").filter({ hasText: "2020-21" }).locator("td").nth(5).textContent(),
    ).toBe("26.66%");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      sources.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const header = (await readFile(await download.path(), "utf8")).split("\r\n")[0];
    expect(header).toBe(
      "Period,Individual,Education,Health services,Housing,Local authority services,Police,Other legal agency,Other,Anonymous,Unknown,Not recorded,Sources",
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it("shows workforce and fostering figures with their hedges, periods and sources", async () => {
    await page.goto(url("/workforce"));
    const tiles = page.locator("article.tile");
    await expect.poll(() => tiles.count()).toBe(13);
    const tile = (name: string) => tiles.filter({ has: page.getByRole("heading", { name, exact: true }) });
    expect(await tile("Qualified social workers recruited").locator(".tile-value").textContent()).toBe(
      "over 300",
    );
    expect(await tile("Social worker vacancy rate").locator(".tile-value").textContent()).toBe(
      "around 13.0%",
    );
    expect(await tile("Investment in social work").locator(".tile-value").textContent()).toBe("£6.5m");
    expect(await tile("Change in firm fostering enquiries").locator(".tile-value").textContent()).toBe("33%");
    expect(await tile("Family Practitioners recruited").locator(".tile-source").textContent()).toMatch(
      /^Source: Transforming Family Help/,
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it("explores any indicator from the address, and writes the choices back to it", async () => {
    await page.goto(url("/explore?indicator=cla-starts&areas=E10000014&granularity=FINANCIAL_YEAR"));
    const panel = page.locator("#explore-cla-starts");
    await panel.getByRole("tab", { name: "Table" }).click();
    expect(await panel.locator("tbody tr").allTextContents()).toEqual([
      "2018-19685",
      "2019-20570",
      "2020-21633",
    ]);
    expect(await page.getByLabel("Show").inputValue()).toBe("FINANCIAL_YEAR");
    await page.getByLabel("Indicator").selectOption("cla-count");
    await page.getByLabel("Show").selectOption("PUBLISHED");
    await expect.poll(() => page.url()).toMatch(/\?indicator=cla-count&areas=E10000014$/);
    await page.reload();
    expect(await page.getByLabel("Indicator").inputValue()).toBe("cla-count");
    const count = page.locator("#explore-cla-count");
    await expect
      .poll(() => count.locator(".recharts-bar-rectangle, .recharts-line-dots circle").count())
      .toBe(7);
    expect(await seriousViolations()).toEqual([]);
  });

  it("lays out chosen panels for an A4 report, each with its chart, table and sources", async () => {
    await page.goto(url("/report?panels=uasc-arrivals,cla-count"));
    const arrivals = page.locator("#uasc-arrivals");
    const count = page.locator("#cla-count");
    await expect.poll(() => arrivals.locator(".recharts-bar-rectangle").count()).toBe(12);
    expect(await arrivals.locator("tbody tr").count()).toBe(13);
    await expect.poll(() => count.locator("tbody tr").count()).toBe(7);
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(await arrivals.locator("details.sources").getAttribute("open")).not.toBeNull();
    expect(await page.getByRole("checkbox", { name: "Children looked after at 31 March" }).isChecked()).toBe(
      true,
    );
    expect(await seriousViolations()).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".report-form").isVisible()).toBe(false);
    expect(await page.locator("nav").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });
  });

  it("says plainly when nothing is published, and when the figures cannot be loaded, offering to try again", async () => {
    await page.goto(url("/explore?indicator=uasc-arrivals&areas=E92000001"));
    await expect
      .poll(() => page.getByText("No figures are published for these areas and dates.").count())
      .toBe(1);
    await page.route("**/graphql**", (route) => route.fulfill({ status: 503, body: "Service Unavailable" }));
    await page.goto(url("/children-looked-after"));
    const failed = page.locator("section.panel-state").filter({ hasText: "Children looked after" });
    expect(await failed.getByRole("alert").textContent()).toMatch(/^The figures could not be loaded/);
    await page.unroute("**/graphql**");
    await failed.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => page.locator("#cla-count .recharts-bar-rectangle").count()).toBe(7);
  });

  it("lists every source with the figures taken from it", async () => {
    await page.goto(url("/sources"));
    const sections = page.locator("section.source");
    await expect.poll(() => sections.count()).toBe(12);
    const cabinet = sections.filter({ hasText: "Annual Safeguarding Report – Children's Services 2020-21" });
    expect(await cabinet.locator("summary").textContent()).toBe("249 figures from this source");
    await cabinet.locator("summary").click();
    await expect.poll(() => cabinet.locator("tbody tr").count()).toBe(100);
    expect(await cabinet.getByText("Showing 100 of 249.").count()).toBe(1);
    for (const shown of [200, 249]) {
      await cabinet.getByRole("button", { name: "Show more figures" }).click();
      await expect.poll(() => cabinet.locator("tbody tr").count()).toBe(shown);
    }
    expect(await cabinet.getByRole("button", { name: "Show more figures" }).count()).toBe(0);
    expect(await cabinet.locator("tbody tr").first().textContent()).toBe(
      'UASC arrivalsHampshireJan–Mar 201814Table "Hampshire UASC Arrivals" (after para 20), row "Quarterly Data", column "Jan - Mar 2018"',
    );
    expect(await seriousViolations()).toEqual([]);
  });
});

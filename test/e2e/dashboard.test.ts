import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, type TestApi } from "@csc/api/testing";
import { handWorkedExtract, ssda903SamplesDirectory } from "@csc/importer";
import mammoth from "mammoth";
import { launchChromium } from "./chromium.ts";
import { startDashboard } from "./dashboardServer.ts";

const ARRIVALS = ["14", "29", "31", "17", "18", "7", "8", "3", "13", "0", "18", "4", "7"];

describe("the dashboard in Chromium", () => {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** What the browser refused under the server's Content-Security-Policy, on any page visited. */
  const refusedByPolicy: string[] = [];
  const url = (path: string) => `${api?.url ?? ""}${path}`;
  beforeAll(async () => {
    browser = await launchChromium();
    api = await startDashboard();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
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

  it("fetches a page's own scripts alongside the main script on a first visit, not after it has run", async () => {
    const html = await (await fetch(url("/uasc"))).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(preloaded.some((file) => /^\/assets\/UascPage-[\w-]+\.js$/.test(file ?? ""))).toBe(true);
    for (const file of preloaded) expect((await fetch(url(file ?? ""))).status).toBe(200);

    const context = await browser?.newContext();
    try {
      const visit = await context?.newPage();
      await visit?.goto(url("/uasc"));
      await visit?.locator(".recharts-wrapper svg").first().waitFor();
      const fetched =
        (await visit?.evaluate(() =>
          performance.getEntriesByType("resource").map((r) => ({
            name: r.name,
            start: r.startTime,
            end: (r as PerformanceResourceTiming).responseEnd,
          })),
        )) ?? [];
      const main = fetched.find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.name));
      const own = fetched.find((r) => /\/assets\/UascPage-[\w-]+\.js$/.test(r.name));
      expect(main && own && own.start < main.end).toBe(true);
    } finally {
      await context?.close();
    }
  });

  it("follows the council chosen on every page, and keeps it in the address", async () => {
    await page.goto(url("/"));
    await page.getByLabel("Council").selectOption({ label: "Hackney" });
    await page.getByRole("heading", { level: 1, name: "Children's services in Hackney" }).waitFor();
    expect(new URL(page.url()).searchParams.get("area")).toBe("E09000012");
    await page.getByRole("link", { name: "How we compare" }).click();
    await page.getByRole("heading", { level: 1, name: "How Hackney compares" }).waitFor();
    expect(new URL(page.url()).searchParams.get("area")).toBe("E09000012");
  });

  it("compares Hackney with its neighbours, London, England and every council, the band in words", async () => {
    await page.goto(url("/compare?area=E09000012"));
    const row = page.getByRole("row").filter({ hasText: "re-referral" });
    await row.getByText("76 of 153").waitFor();
    expect(await row.textContent()).toContain("B: second quarter");
    expect(await row.textContent()).toContain("19.9%");
    await row.getByRole("button", { name: "Show neighbours" }).click();
    const neighbours = page.getByRole("table", {
      name: /re-referral.*Hackney and its statistical neighbours/i,
    });
    await neighbours.waitFor();
    expect(await neighbours.getByRole("row").count()).toBe(12);
    expect(await neighbours.textContent()).toContain("Southwark");
    expect(await page.getByText(/Sources: .*Children in need/).count()).toBeGreaterThan(0);
  });

  it("adds England, region and neighbour lines to a panel drawn from its definition", async () => {
    await page.goto(url("/children-looked-after?area=E09000012"));
    const panel = page.locator("#cla-rate");
    await panel.getByLabel("Compare with England, the region and statistical neighbours").check();
    await expect.poll(() => new URL(page.url()).searchParams.get("compare-cla-rate")).toBe("on");
    await panel.getByRole("tab", { name: "Table" }).click();
    const headers = panel.getByRole("columnheader");
    await expect
      .poll(async () => (await headers.allTextContents()).join("|"))
      .toMatch(/Rate per 10,000 children.*England.*London.*Statistical neighbours' average/);
  });

  it("compares a panel of counts as rates per 10,000 children, and whole years only in whole years", async () => {
    await page.goto(url("/children-looked-after?compare-cla-entries-exits=on"));
    const panel = page.locator("#cla-entries-exits");
    await expect
      .poll(() => panel.getByText("No comparisons are published for the periods shown").count())
      .toBe(1);
    expect(await panel.locator(".recharts-bar-rectangle").count()).toBe(24);
    await panel.getByLabel("Show financial-year totals").check();
    await panel.getByRole("tab", { name: "Table" }).click();
    const headers = panel.getByRole("columnheader");
    await expect
      .poll(async () => (await headers.allTextContents()).join("|"))
      .toBe(
        "Period|Children entering care per 10,000 children|England|South East|Statistical neighbours' average",
      );
    const year = panel.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2024-25$/ }) });
    expect(await year.locator("td").allTextContents()).toEqual([
      "19 per 10,000",
      "26 per 10,000",
      "33 per 10,000",
      "20 per 10,000",
    ]);
    expect(await panel.textContent()).toContain(
      "Compared as “Children entering care per 10,000 children”, the measure published for every council.",
    );
    await page.goto(url("/front-door?compare-child-protection-plans=on&area=E09000012"));
    const cpp = page.locator("#child-protection-plans");
    await cpp.getByRole("tab", { name: "Table" }).click();
    await expect
      .poll(async () => (await cpp.getByRole("columnheader").allTextContents()).join("|"))
      .toBe("Period|Children on plans per 10,000 children|England|London|Statistical neighbours' average");
    expect(await cpp.textContent()).toContain(
      "over ONS's mid-year estimates of the children living in each area",
    );
  });

  it("shows the headline figures with their change and source on the Overview", async () => {
    await page.goto(url("/"));
    const tiles = page.locator("article.tile");
    await expect.poll(() => tiles.count()).toBe(7);
    const cla = tiles.filter({
      has: page.getByRole("heading", { name: "Children looked after", exact: true }),
    });
    // The latest figure is the DfE's, which the start command loads beside the council's reports.
    expect(await cla.locator(".tile-value").textContent()).toBe("1,738");
    expect(await cla.locator(".tile-period").textContent()).toBe("at 31 March 2025");
    expect(await cla.locator(".tile-change").textContent()).toBe("Down 155 (8.2%) since 31 March 2024");
    expect(await cla.locator(".tile-source").textContent()).toMatch(
      /Children looked after in England including adoptions, cla_number_and_rate_per_10k_children/,
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
    // The chart itself, its 12 bars, not the first small picture in the panel (a legend icon).
    expect(svgText.match(/class="[^"]*\brecharts-bar-rectangle\b[^"]*"/g)?.length).toBe(12);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const bytes = await readFile(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const chartWidth = await panel
      .locator(".recharts-wrapper > svg.recharts-surface")
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(chartWidth).toBeGreaterThan(500);
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
        "/check-paper",
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
    // The DfE's years 2017-18 to 2024-25, and the council's quarters added up where it gave them.
    await expect.poll(() => panel.locator("tbody tr").count()).toBe(8);
    const year = panel.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2020-21$/ }) });
    const quartersTotal =
      "(Annual Safeguarding Report – Children's Services 2020-21: Sum of the 4 published figures for Apr–Jun 2020 to Jan–Mar 2021)";
    expect(await year.locator("td").allTextContents()).toEqual([
      `618 † also given as 633 ${quartersTotal}`,
      `577 † also given as 566 ${quartersTotal}`,
      `54 † also given as 67 ${quartersTotal}`,
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
    // 2015 to 2021 from the Cabinet report, 2018 to 2025 from the DfE.
    await expect.poll(() => count.locator(".recharts-bar-rectangle").count()).toBe(11);
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
    // The DfE's census at 30 September 2025 is later than the council's "around 13%" of December 2021.
    expect(await tile("Social worker vacancy rate").locator(".tile-value").textContent()).toBe("9.1%");
    expect(await tile("Investment in social work").locator(".tile-value").textContent()).toBe("£6.5m");
    expect(await tile("Change in firm fostering enquiries").locator(".tile-value").textContent()).toBe("33%");
    expect(await tile("Family Practitioners recruited").locator(".tile-source").textContent()).toMatch(
      /^Source: Transforming Family Help/,
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it("offers the chosen council's region, England and neighbours on Explore, and any other area by name", async () => {
    await page.goto(url("/explore?area=E09000012&indicator=cin-rereferral-rate&areas=E09000012"));
    for (const name of ["Hackney", "London", "England", "Southwark (neighbour 1)"])
      await page.getByRole("checkbox", { name, exact: true }).waitFor();
    await page.getByLabel("Add another area").selectOption({ label: "Hampshire" });
    await expect.poll(() => new URL(page.url()).searchParams.get("areas")).toBe("E09000012,E10000014");
    expect(await page.getByRole("checkbox", { name: "Hampshire", exact: true }).isChecked()).toBe(true);
  });

  it("explores any indicator from the address, and writes the choices back to it", async () => {
    await page.goto(url("/explore?indicator=cla-starts&areas=E10000014&granularity=FINANCIAL_YEAR"));
    const panel = page.locator("#explore-cla-starts");
    await panel.getByRole("tab", { name: "Table" }).click();
    const rows = panel.locator("tbody tr");
    expect(await rows.locator("th").allTextContents()).toEqual([
      "2017-18",
      "2018-19",
      "2019-20",
      "2020-21",
      "2021-22",
      "2022-23",
      "2023-24",
      "2024-25",
    ]);
    // The DfE's whole year is shown; the council's four quarters add up to more, and say so.
    expect(await rows.filter({ hasText: "2018-19" }).locator("td").textContent()).toMatch(
      /^652 † also given as 685 \(Annual Safeguarding Report/,
    );
    expect(await page.getByLabel("Show").inputValue()).toBe("FINANCIAL_YEAR");
    await page.getByLabel("Indicator").selectOption("cla-count");
    await page.getByLabel("Show").selectOption("PUBLISHED");
    await expect.poll(() => page.url()).toMatch(/\?indicator=cla-count&areas=E10000014$/);
    await page.reload();
    expect(await page.getByLabel("Indicator").inputValue()).toBe("cla-count");
    const count = page.locator("#explore-cla-count");
    await expect
      .poll(() => count.locator(".recharts-bar-rectangle, .recharts-line-dots circle").count())
      .toBe(11);
    expect(await seriousViolations()).toEqual([]);
  });

  it("lays out chosen panels for an A4 report, each with its chart, table and sources", async () => {
    await page.goto(url("/report?panels=uasc-arrivals,cla-count"));
    const arrivals = page.locator("#uasc-arrivals");
    const count = page.locator("#cla-count");
    await expect.poll(() => arrivals.locator(".recharts-bar-rectangle").count()).toBe(12);
    expect(await arrivals.locator("tbody tr").count()).toBe(13);
    await expect.poll(() => count.locator("tbody tr").count()).toBe(11);
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

  it("downloads the chosen panels as a Word document: headings, charts with their text alternative, tables and sources", async () => {
    await page.goto(url("/report?panels=uasc-arrivals,cla-count"));
    const arrivals = page.locator("#uasc-arrivals");
    await expect.poll(() => arrivals.locator(".recharts-bar-rectangle").count()).toBe(12);
    await expect.poll(() => page.locator("#cla-count .recharts-bar-rectangle").count()).toBe(11);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Word document" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("csc-insight-hampshire.docx");
    const { value: html } = await mammoth.convertToHtml({ buffer: await readFile(await download.path()) });
    expect(html).toContain("<h1>Children's social care figures: Hampshire</h1>");
    expect(html).toContain("<h2>UASC arrivals per quarter</h2>");
    expect(html).toContain("<h2>Full-time children looked after at 31 March</h2>");
    const summary = await arrivals.locator(".summary").textContent();
    const images = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1]);
    expect(images).toHaveLength(2);
    expect(`Summary: ${images[0] ?? ""}`).toBe(summary);
    const tables = [...html.matchAll(/<table>.*?<\/table>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(2);
    // The picture is the chart at print resolution, not one of its legend's icons.
    const png = Buffer.from(/src="data:image\/png;base64,([^"]+)"/.exec(html)?.[1] ?? "", "base64");
    expect(png.readUInt32BE(16)).toBeGreaterThan(1_500);
    expect(tables[0]?.match(/<tr>/g)).toHaveLength(14);
    expect(tables[0]).toContain("<td><p>Jan–Mar 2018</p></td><td><p>14</p></td>");
    expect(html).toMatch(/Sources: Annual Safeguarding Report – Children(&#39;|')s Services 2020-21: Table/);
  });

  it("checks a pasted paper's figures, marking each in place and listing what differs", async () => {
    await page.goto(url("/check-paper"));
    await page
      .getByLabel("The paper's text, one paragraph to a line")
      .fill(
        [
          "1. The purpose of this report is to provide an annual update on safeguarding children during 2020/21.",
          "28. The total number of contacts as at 31 March 2021 (126,153) is 7.6% higher than the total received at 31 March 2019 (117,188), which was 11% higher than the previous year (77,934).",
          "34. With regards to children in care, the number has increased by 54 (3%) over the last 12 months.",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Check the figures" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "figures found" }).textContent())
      .toBe("7 figures found: 5 match the data, 2 differ, 0 cannot be told.");
    const differs = page.locator(".claim-list li");
    expect(await differs.allTextContents()).toEqual([
      expect.stringMatching(/^para 28: 11% \(Contacts\): 117,188 against 77,934 is 50\.4%, not 11%/),
      expect.stringMatching(/^para 28: 77,934 \(Contacts\): held as 106,010 for 2017-18/),
    ]);
    const marked = page.locator(".paper-text a.claim-differs");
    expect(await marked.allTextContents()).toEqual([
      "11% ✗ (differs from the data)",
      "77,934 ✗ (differs from the data)",
    ]);
    expect(await page.locator(".paper-text a.claim-matches").count()).toBe(5);
    expect(await seriousViolations()).toEqual([]);
  });

  it("reads a Word document chosen as the paper, and flags the LADO count given two ways", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph(
              "9. An initial trawl of the records identified 134 allegations and 307 advice and concern cases.",
            ),
            new Paragraph(
              "9. Of those 440 cases, 134 met the threshold for LADO and 306 were reviewed under support and guidance.",
            ),
          ],
        },
      ],
    });
    await page.goto(url("/check-paper"));
    await page.getByLabel("A Word document (.docx) or text file").setInputFiles({
      name: "panel-pack.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await Packer.toBuffer(word),
    });
    const textarea = page.getByLabel("The paper's text, one paragraph to a line");
    await expect.poll(() => textarea.inputValue()).toMatch(/^9\. An initial trawl.*\n9\. Of those 440 cases/);
    await page.getByRole("button", { name: "Check the figures" }).click();
    const differs = page.locator(".claim-list li");
    await expect.poll(() => differs.count()).toBe(1);
    expect(await differs.first().textContent()).toMatch(
      /^para 9: 306 \(LADO cases reviewed\): held as 307.*the paper also gives 307 \(para 9\)/,
    );
  });

  it("says plainly when nothing is published, and when the figures cannot be loaded, offering to try again", async () => {
    await page.goto(url("/explore?indicator=uasc-arrivals&areas=E92000001"));
    await expect
      .poll(() => page.getByText("No figures are published for these areas and dates.").count())
      .toBe(1);
    await page.route("**/graphql**", (route) => route.fulfill({ status: 503, body: "Service Unavailable" }));
    await page.goto(url("/children-looked-after"));
    const failed = page.locator("section.panel-state").filter({ hasText: "Full-time children looked after" });
    expect(await failed.getByRole("alert").textContent()).toMatch(/^The figures could not be loaded/);
    await page.unroute("**/graphql**");
    await failed.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => page.locator("#cla-count .recharts-bar-rectangle").count()).toBe(11);
  });

  it("lists every source with the figures taken from it", async () => {
    await page.goto(url("/sources"));
    const sections = page.locator("section.source");
    // Those listed in sources.csv, DfE's and ONS's among them.
    await expect.poll(() => sections.count()).toBe(13);
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

  it("lists the disagreements between the council and the DfE on the Data quality page, filtered from the address", async () => {
    await page.goto(url("/data-quality?area=E10000014&indicator=cla-count"));
    const warnings = page.locator("section", {
      has: page.getByRole("heading", { name: /^Sources that disagree/ }),
    });
    const rows = warnings.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.locator("td:nth-child(3)").allTextContents()).toEqual([
      "at 31 March 2018",
      "at 31 March 2020",
      "at 31 March 2021",
    ]);
    const latest = rows.nth(2);
    expect(await latest.locator("td:nth-child(5)").textContent()).toBe("+5");
    expect(await latest.locator("li").allTextContents()).toEqual([
      expect.stringMatching(/^1,656 Children looked after, at 31 March 2021: Annual Safeguarding Report/),
      expect.stringMatching(
        /^1,661 Children looked after, at 31 March 2021: Children looked after in England including adoptions, cla_number_and_rate_per_10k_children/,
      ),
      expect.stringMatching(/^1,661 .*la_cla_on_31_march_by_characteristics/),
    ]);
    expect(await seriousViolations()).toEqual([]);

    // Choosing another indicator rewrites the address; the report's own disagreements are listed too.
    await page.getByLabel("Indicator").selectOption("uasc-arrivals");
    await expect.poll(() => new URL(page.url()).searchParams.get("indicator")).toBe("uasc-arrivals");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().locator("li").allTextContents()).toEqual([
      expect.stringMatching(/^17 UASC arrivals, Oct–Dec 2018: .*Hampshire UASC Arrivals/),
      expect.stringMatching(/^19 Children entering care who were UASC, Oct–Dec 2018: /),
    ]);
    await page.getByLabel("Indicator").selectOption("cla-net-change");
    const errors = page.locator("section", {
      has: page.getByRole("heading", { name: /^Figures that cannot all be right/ }),
    });
    await expect.poll(() => errors.locator("tbody tr").count()).toBe(1);
    expect(await errors.locator("tbody tr td:nth-child(6) p").textContent()).toMatch(
      /given as \+54.*is \+67/,
    );
  });

  it("refuses a broken upload listing each problem, then imports a good file as a draft and publishes it", async () => {
    if (!api) throw new Error("The dashboard is not running.");
    const { token } = await createApiToken(api.db.prisma, "Insight officer", "author");
    await page.goto(url("/import"));
    await page.getByLabel("Your API token (author role)").fill(token);
    const header = "indicator,area,period,value,source,citation";
    await page.getByLabel("Files (CSV)").setInputFiles({
      name: "quarter.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `${header}\nuasc-arrivals,E10000014,Apr-Jun 2021,seven,hcc-cabinet-2021-12-07-safeguarding,Table 1\n`,
      ),
    });
    await page.getByRole("button", { name: "Import" }).click();
    const problems = page.locator(".import-problems tbody tr");
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.locator("th, td").allTextContents()).toEqual([
      "quarter.csv",
      "2",
      "value",
      "seven",
      expect.stringMatching(/^expected a number/),
    ]);
    expect(await page.getByRole("alert").first().textContent()).toMatch(/1 problem must be fixed first/);
    expect(await seriousViolations()).toEqual([]);

    await page.getByLabel("Files (CSV)").setInputFiles({
      name: "quarter.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `${header}\nuasc-arrivals,E10000014,Apr-Jun 2021,7,hcc-cabinet-2021-12-07-safeguarding,Table 1\n`,
      ),
    });
    await page.getByRole("button", { name: "Check the files" }).click();
    await expect
      .poll(() => page.getByRole("heading", { name: "Checked: nothing was written" }).count())
      .toBe(1);
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Imported" }).count()).toBe(1);
    const row = page.locator("#main table").first().locator("tbody tr");
    expect(await row.locator("td").allTextContents()).toEqual([
      "Figures from quarter.csv",
      "1",
      "1",
      "0",
      "0",
      "0",
      "figures/quarter v1 (draft)",
    ]);
    await page.getByRole("button", { name: "Publish figures/quarter v1" }).click();
    await expect.poll(() => page.getByText("figures/quarter v1 is published.").count()).toBe(1);
    const published = await api.db.prisma.observation.findFirstOrThrow({
      where: { indicatorCode: "uasc-arrivals", periodKey: "2021-Q2" },
      include: { release: true },
    });
    expect(published.release.status).toBe("published");
    expect(await seriousViolations()).toEqual([]);
  });

  it("counts a council's SSDA903 extract into its quarterly panels, and refuses an extract with overlapping episodes", async () => {
    if (!api) throw new Error("The dashboard is not running.");
    const { token } = await createApiToken(api.db.prisma, "Performance officer", "author");
    await page.goto(url("/import?area=E06000043"));
    await page.getByLabel("Your API token (author role)").fill(token);
    expect(await page.getByText("An SSDA903 extract is counted as Brighton and Hove's figures").count()).toBe(
      1,
    );
    const upload = (files: readonly { name: string; bytes: Uint8Array }[]) =>
      page
        .getByLabel("Files (CSV)")
        .setInputFiles(
          files.map((file) => ({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.bytes) })),
        );
    await upload(
      ["header.csv", "episodes.csv", "uasc.csv"].map((name) => ({
        name,
        bytes: readFileSync(path.join(ssda903SamplesDirectory, "ssda903-fake-d2i", name)),
      })),
    );
    await page.getByRole("button", { name: "Check the files" }).click();
    const problems = page.locator(".import-problems tbody tr");
    await expect.poll(() => problems.count()).toBeGreaterThan(0);
    expect(await problems.first().locator("td").last().textContent()).toMatch(
      /^child \d+: the episode begins .* \(DfE rule 501\)$/,
    );

    await upload(handWorkedExtract());
    await page.getByLabel("Publish at once").check();
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Imported" }).count()).toBe(1);
    expect(await page.locator("#main table").first().locator("tbody td").first().textContent()).toMatch(
      /^Brighton and Hove's SSDA903 extract to 31 March 2021/,
    );

    await page.goto(url("/children-looked-after?area=E06000043"));
    const flows = page.locator("#cla-entries-exits");
    await flows.getByRole("tab", { name: "Table" }).click();
    await expect.poll(() => flows.locator("tbody tr").count()).toBeGreaterThan(3);
    const quarter = flows
      .locator("tbody tr")
      .filter({ has: page.locator("th", { hasText: /^Oct–Dec 2020$/ }) });
    expect(await quarter.locator("td").allTextContents()).toEqual(["2", "0", "2"]);
    expect(await flows.locator("details.sources").textContent()).toContain(
      "Brighton and Hove's children looked after case records (SSDA903 extracts)",
    );
    // The DfE's count for the year differs from the council's own: both are shown.
    await flows.getByLabel("Show financial-year totals").check();
    const year = flows.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^2020-21$/ }) });
    await expect.poll(() => year.count()).toBe(1);
    expect(await year.locator("td").first().textContent()).toMatch(
      /^\d+ † also given as 4 \(Brighton and Hove's children looked after case records \(SSDA903 extracts\): Children who started/,
    );
  });

  it("works under the server's Content-Security-Policy: nothing on any page visited was refused", async () => {
    const response = await page.goto(url("/"));
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(refusedByPolicy).toEqual([]);
  });
});

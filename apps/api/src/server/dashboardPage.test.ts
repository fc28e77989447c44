import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dashboardPageHtml } from "./dashboardPage.ts";

const INDEX = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="/assets/index-a1.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe("the dashboard page for an address", () => {
  let dashboard: string;
  beforeEach(async () => {
    dashboard = await mkdtemp(path.join(tmpdir(), "csc-dashboard-page-"));
    await writeFile(path.join(dashboard, "index.html"), INDEX);
  });
  afterEach(() => rm(dashboard, { recursive: true, force: true }));

  it("names the page's own scripts for the browser to fetch with the page", async () => {
    await writeFile(
      path.join(dashboard, "route-preloads.json"),
      JSON.stringify({ "/uasc": ["/assets/UascPage-b2.js", "/assets/CartesianChart-c3.js"], "/": [] }),
    );
    for (const address of ["/uasc", "/uasc/"]) {
      const html = await dashboardPageHtml(dashboard, address);
      expect(html).toContain(
        '<link rel="modulepreload" crossorigin href="/assets/UascPage-b2.js">\n    <link rel="modulepreload" crossorigin href="/assets/CartesianChart-c3.js">\n  </head>',
      );
      expect(html.indexOf("modulepreload")).toBeGreaterThan(html.indexOf("/assets/index-a1.js"));
    }
    expect(await dashboardPageHtml(dashboard, "/")).toBe(INDEX);
    expect(await dashboardPageHtml(dashboard, "/no-such-page")).toBe(INDEX);
  });

  it("serves the page as built when the build lists no scripts per page", async () => {
    expect(await dashboardPageHtml(dashboard, "/uasc")).toBe(INDEX);
  });
});

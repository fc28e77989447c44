import { readFile } from "node:fs/promises";
import path from "node:path";

/** Written by the dashboard's build (apps/dashboard/build/routePreloads.ts). */
const ROUTE_PRELOADS_FILE = "route-preloads.json";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

async function preloadsOf(directory: string): Promise<Record<string, string[]>> {
  try {
    return JSON.parse(await readFile(path.join(directory, ROUTE_PRELOADS_FILE), "utf8")) as Record<
      string,
      string[]
    >;
  } catch {
    // A build from before the list existed: the page still works, its scripts just come later.
    return {};
  }
}

/**
 * The dashboard's index.html for a page address, naming that page's scripts for the browser to
 * fetch at once (`<link rel="modulepreload">`) rather than after the main script has run and asked
 * for them. Read on every request, as index.html is, so a rebuild is served without a restart.
 */
export async function dashboardPageHtml(directory: string, pathname: string): Promise<string> {
  const [html, preloads] = await Promise.all([
    readFile(path.join(directory, "index.html"), "utf8"),
    preloadsOf(directory),
  ]);
  const page = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const links = (preloads[page] ?? [])
    .map((file) => `    <link rel="modulepreload" crossorigin href="${escapeAttribute(file)}">\n`)
    .join("");
  return links ? html.replace("</head>", `${links}  </head>`) : html;
}

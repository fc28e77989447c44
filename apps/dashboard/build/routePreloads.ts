import path from "node:path";
import type { Plugin } from "vite";
import { pageModuleFile, pageModules } from "../src/pageModules.ts";

/**
 * The file the server (apps/api/src/server/dashboardPage.ts) reads to name, in each page's HTML,
 * the scripts that page will need.
 */
const ROUTE_PRELOADS_FILE = "route-preloads.json";

/**
 * Writes route-preloads.json: for each page's address, its own chunk and every chunk that chunk
 * imports, less those the main script already brings. The server names them in the page's HTML
 * (`<link rel="modulepreload">`), so a first visit fetches them alongside the main script rather
 * than after it has run; Vite's own preloading starts only once the main script asks for the page.
 */
export function routePreloads(): Plugin {
  let root = "";
  let base = "/";
  return {
    name: "csc-route-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [output] : []));
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) this.error("The build has no entry chunk.");
      const brought = new Set([entry.fileName, ...entry.imports]);
      const needs = (fileName: string, found: Set<string>): Set<string> => {
        if (found.has(fileName) || brought.has(fileName)) return found;
        found.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) needs(imported, found);
        return found;
      };
      const preloads: Record<string, string[]> = {};
      for (const page of pageModules) {
        const file = path.resolve(root, pageModuleFile(page.module));
        const chunk = chunks.find((c) => c.facadeModuleId === file);
        if (!chunk) this.error(`No chunk was built for ${page.path} (${pageModuleFile(page.module)}).`);
        preloads[page.path] = [...needs(chunk.fileName, new Set())].map((f) => `${base}${f}`);
      }
      this.emitFile({
        type: "asset",
        fileName: ROUTE_PRELOADS_FILE,
        source: JSON.stringify(preloads, null, 2),
      });
    },
  };
}

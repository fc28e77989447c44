import { copyFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the server and the workspace packages it imports into one JavaScript file, so that
 * `npm start` and `npm run serve` run it with Node alone. Run through tsx's loader instead, the
 * server carried tsx's compiler thread and its cache for good (about 40 MB of a 500 MB budget).
 * npm packages stay outside the bundle, loaded from node_modules as before: several of them find
 * their own WebAssembly and data files beside their modules.
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const workspacePackages = [
  "../package.json",
  "../../../packages/db/package.json",
  "../../../packages/importer/package.json",
  "../../../packages/domain/package.json",
];
const external = [
  ...new Set(
    workspacePackages.flatMap((file) => {
      const manifest = JSON.parse(readFileSync(here(file), "utf8")) as {
        dependencies?: Record<string, string>;
      };
      return Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith("@csc/"));
    }),
  ),
];

await build({
  entryPoints: [here("../src/main.ts")],
  outfile: here("../dist/main.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // A package named here is external with all its subpaths (`@prisma/client/runtime/…`).
  external,
  sourcemap: true,
  logLevel: "warning",
});

// The embedded database's thread is started from its own file, found beside the module starting it.
copyFileSync(here("../../../packages/db/src/embedded/pgliteWorker.mjs"), here("../dist/pgliteWorker.mjs"));

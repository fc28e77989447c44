import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * Prints the JavaScript a browser downloads before the first page shows (the entry and what it
 * imports statically), gzipped, and each page's own chunk. The initial load must stay under 250 kB.
 */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  name?: string;
}

const BUDGET_KB = 250;
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8")) as Record<
  string,
  ManifestChunk
>;
const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
if (!entryKey) throw new Error("The build has no entry chunk; run vite build first.");
const initial = staticClosure(entryKey);
const initialBytes = [...initial].reduce((sum, key) => sum + gzipped(manifest[key]?.file ?? ""), 0);

console.log(`Initial JavaScript (gzipped): ${kb(initialBytes)} of a ${BUDGET_KB} kB budget`);
for (const key of initial)
  console.log(`  ${manifest[key]?.file ?? key}  ${kb(gzipped(manifest[key]?.file ?? ""))}`);
console.log("Pages, loaded when first visited (gzipped, with what they share with other pages):");
for (const key of manifest[entryKey]?.dynamicImports ?? []) {
  const page = [...staticClosure(key)].filter((k) => !initial.has(k));
  const bytes = page.reduce((sum, k) => sum + gzipped(manifest[k]?.file ?? ""), 0);
  console.log(`  ${manifest[key]?.name ?? key}  ${kb(bytes)}`);
}
if (initialBytes > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(initialBytes - BUDGET_KB * 1024)}.`);
  process.exit(1);
}

import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { projectPaths } from "@csc/db";
import { parsePeriod, parsePeriodSequence, snapshot } from "@csc/domain";

/**
 * Checks the transcribed data files against the plain-text reports they came from, independently
 * of the importer: a table figure must stand in the cited row and column of the report's table, and
 * a paragraph figure must stand in the quoted words, which must be in the report. The reports are
 * kept outside this repository (../shared/seeds, or CSC_SEED_REPORTS_DIR); without them these
 * checks are skipped and say so.
 */
const reportsDirectory =
  process.env.CSC_SEED_REPORTS_DIR ?? path.join(projectPaths.root, "..", "shared", "seeds");
const haveReports = existsSync(reportsDirectory);

interface FileRow {
  indicator: string;
  period: string;
  value: string;
  source: string;
  citation: string;
}

const NUMBER_WORDS: Record<string, string> = { eight: "8", nine: "9", fourteen: "14", "twenty-one": "21" };

/** Folds the markup and typography of the text conversions so that quotations can be found. */
function plain(text: string): string {
  return text
    .replace(/<\/?b>|\*\*/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ");
}

async function reportFor(source: string): Promise<string[]> {
  const sources = parse<{ key: string; document: string }>(
    await readFile(path.join(projectPaths.seedData, "sources.csv"), "utf8"),
    { columns: true },
  );
  const document = sources.find((s) => s.key === source)?.document ?? "";
  const file = /\d{3}_[0-9a-f]+\.txt/.exec(document)?.[0];
  if (!file) throw new Error(`source ${source} names no report file`);
  return (await readFile(path.join(reportsDirectory, file), "utf8")).split("\n");
}

/** The figure a table citation points at: row by its label, column by the nearest header above. */
function tableCell(
  lines: string[],
  row: string,
  column: string,
  subColumn: string | undefined,
): {
  cell: string | undefined;
  header: string[];
} {
  const rowIndex = lines.findIndex((line) => line.split("\t")[0]?.trim() === row);
  if (rowIndex < 0) return { cell: undefined, header: [] };
  for (let i = rowIndex - 1; i >= 0; i--) {
    const header = (lines[i] ?? "").split("\t").map((cell) => cell.trim());
    const j = header.indexOf(column);
    if (j < 0) continue;
    const second = subColumn === "Value" || subColumn === "second";
    return { cell: (lines[rowIndex] ?? "").split("\t")[second ? j + 1 : j]?.trim(), header };
  }
  return { cell: undefined, header: [] };
}

describe.skipIf(!haveReports)(`seed data files against the reports in ${reportsDirectory}`, () => {
  it("find every figure where its citation says", async () => {
    const directory = path.join(projectPaths.seedData, "figures");
    let checked = 0;
    for (const name of await readdir(directory)) {
      const rows = parse<FileRow>(await readFile(path.join(directory, name), "utf8"), { columns: true });
      for (const row of rows) {
        const where = `${name}: ${row.indicator} ${row.period} — ${row.citation}`;
        const lines = await reportFor(row.source);
        const table =
          /row "(.+?)", column "(.+?)"(?:.*?, sub-column "(\w+)"|.*?, (first|second) sub-column)?/.exec(
            row.citation,
          );
        if (table) {
          const [, rowLabel = "", column = "", namedSub, orderedSub] = table;
          const { cell, header } = tableCell(lines, rowLabel, column, namedSub ?? orderedSub);
          expect(cell, where).toBe(row.value);
          // The period is the column's, or for a count on a day, the column's last day.
          const periods = parsePeriodSequence(header.filter((h) => /\d{4}/.test(h)));
          const columnPeriod = periods[header.filter((h) => /\d{4}/.test(h)).indexOf(column)]?.period;
          const rowPeriod = parsePeriod(row.period).period;
          expect([columnPeriod?.key, columnPeriod && snapshot(columnPeriod.end).key], where).toContain(
            rowPeriod.key,
          );
        } else {
          const quote = /\("(.+?)"/.exec(row.citation)?.[1];
          expect(quote, `${where}: a paragraph citation must quote the report`).toBeDefined();
          const text = plain(lines.join("\n"));
          for (const part of (quote ?? "").split(" ... ")) expect(text, where).toContain(plain(part));
          const words = plain(quote ?? "").replace(
            /[a-z-]+/gi,
            (word) => NUMBER_WORDS[word.toLowerCase()] ?? word,
          );
          expect(words, where).toContain(row.value.replace(/%$/, ""));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(250);
  });
});

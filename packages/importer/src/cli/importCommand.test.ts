import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type CommandOutput, type TestDatabase } from "@csc/db";
import { publicStatisticsDirectory } from "../demo/loadPublicStatistics.ts";
import { describeDatabaseContents } from "../seed/describeDatabaseContents.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { importCommand } from "./importCommand.ts";

const CLA_2018_2022 = {
  name: "cla_number_and_rate_per_10k_children_2018_2022.csv",
  bytes: readFileSync(
    path.join(
      publicStatisticsDirectory,
      "dfe-cla-numbers",
      "cla_number_and_rate_per_10k_children_2018_2022.csv",
    ),
  ),
};

function capture(): CommandOutput & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line) };
}

describe.each(testBackends)("the import command on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db.destroy());

  it("tells an author to set the database up first, rather than list every code as unknown", async () => {
    await expect(importCommand([CLA_2018_2022.name], [CLA_2018_2022], db.prisma, capture())).rejects.toThrow(
      /has not been set up.*Run `npm start` once/,
    );
  });

  it("does not claim to write on a dry run", async () => {
    await seedDatabase(db.prisma);
    const output = capture();
    expect(await importCommand(["--dry-run", CLA_2018_2022.name], [CLA_2018_2022], db.prisma, output)).toBe(
      0,
    );
    expect(output.lines.join("\n")).not.toMatch(/writing/);
    expect(output.lines.join("\n")).toMatch(/would be dfe-cla-numbers-and-rates v1: 270 new/);
  });

  it("gives the draft release's id, which publishing needs", async () => {
    const output = capture();
    expect(await importCommand([CLA_2018_2022.name], [CLA_2018_2022], db.prisma, output)).toBe(0);
    const release = await db.prisma.release.findFirstOrThrow({ where: { status: "draft" } });
    expect(output.lines).toContain(
      `${CLA_2018_2022.name} (tidy, 270 figures): is dfe-cla-numbers-and-rates v1, release ${String(release.id)} (draft): 270 new, 0 revised, 0 unchanged`,
    );
    expect(output.lines.at(-1)).toBe(
      `To publish: publishRelease(id: ${String(release.id)}) in the API, or the dashboard's Import figures page.`,
    );
  });

  it("counts draft figures apart from published ones in the start-up summary", async () => {
    const published = await db.prisma.observation.count({ where: { release: { status: "published" } } });
    const summary = await describeDatabaseContents(db.prisma);
    expect(summary.split("\n")[0]).toMatch(
      new RegExp(
        `^The database holds ${String(published)} figures in \\d+ published releases \\(\\d+ revised\\), and 270 more in 1 draft releases awaiting publication\\.$`,
      ),
    );
  });
});

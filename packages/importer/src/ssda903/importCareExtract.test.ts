import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@csc/db";
import { ssda903SamplesDirectory } from "../demo/ssda903Samples.ts";
import { importFiles } from "../import/importFiles.ts";
import type { ImportFile } from "../import/readImportFile.ts";
import { describeProblem, type ImportProblem } from "../importProblem.ts";
import { problemsOf } from "../testing/problemsOf.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { HAND_WORKED_EPISODES, handWorkedExtract } from "./handWorkedExtract.ts";

const HACKNEY = "E09000012";
const shipped = (folder: string, name: string): ImportFile => ({
  name,
  bytes: readFileSync(path.join(ssda903SamplesDirectory, folder, name)),
});

const episodes = HAND_WORKED_EPISODES;
const extract = (rows: readonly string[] = episodes) => handWorkedExtract(rows);

describe.each(testBackends)("importing an SSDA903 extract on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.destroy());

  const figure = async (indicatorCode: string, periodKey: string) => {
    const rows = await db.prisma.observation.findMany({
      where: {
        indicatorCode,
        areaCode: HACKNEY,
        periodKey,
        supersededBy: null,
        source: { key: `ssda903-${HACKNEY}` },
      },
    });
    expect(rows.length).toBeLessThanOrEqual(1);
    return rows[0]?.value === undefined || rows[0].value === null ? undefined : Number(rows[0].value);
  };

  it("refuses an extract that does not say whose it is", async () => {
    const problems = await problemsOf(() => importFiles(db.prisma, extract(), { createdBy: "test" }));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/does not say whose it is/)]);
  });

  it("refuses what cannot be counted, every problem at once with file, line, child and field, and writes nothing", async () => {
    const before = await db.prisma.observation.count();
    const problems = await problemsOf(() =>
      importFiles(
        db.prisma,
        extract([
          ...episodes,
          "A,31/02/2021,P,C2,N1,U1,PR1,,,,,,",
          "B,10/03/2021,P,C2,N1,U1,PR1,01/03/2021,E11,,,,",
          "Z,01/05/2020,S,C2,N1,U1,PR1,,,,,,",
          "D,01/02/2021,P,C2,N1,U1,PR1,,,,,,",
          "E,01/02/2021,Q,X9,N9,Q1,PR1,02/02/2021,E99,,,,",
        ]),
        { createdBy: "test", area: HACKNEY },
      ),
    );
    const described = problems.map(describeProblem);
    expect(described).toEqual(
      expect.arrayContaining([
        'episodes.csv, line 13, column "DECOM": child A: DECOM is not a date (dd/mm/yyyy) (found "31/02/2021")',
        'episodes.csv, line 14, column "DEC": child B: the episode ends (DEC) before it begins (DECOM) (found "01/03/2021")',
        'episodes.csv, line 15, column "CHILD": child Z: the child is not in the header table, so the episode cannot be counted (found "Z")',
        'episodes.csv, line 16, column "DECOM": child D: the episode begins while the one on line 9 is still open (no DEC) (found "01/02/2021") [DfE rule 501]',
        'episodes.csv, line 17, column "RNE": child E: RNE is not one of the DfE\'s codes for it (found "Q") [DfE rule 143]',
        'episodes.csv, line 17, column "LS": child E: LS is not one of the DfE\'s codes for it (found "X9") [DfE rule 144]',
        'episodes.csv, line 17, column "CIN": child E: CIN is not one of the DfE\'s codes for it (found "N9") [DfE rule 145]',
        'episodes.csv, line 17, column "PLACE": child E: PLACE is not one of the DfE\'s codes for it (found "Q1") [DfE rule 146]',
        'episodes.csv, line 17, column "REC": child E: REC is not one of the DfE\'s codes for it (found "E99") [DfE rule 149]',
      ]),
    );
    expect(await db.prisma.observation.count()).toBe(before);
  });

  it("counts the extract into the council's figures, cited as the rules and the extract, storing no child", async () => {
    const summary = await importFiles(db.prisma, extract(), {
      createdBy: "test",
      area: HACKNEY,
      publish: true,
    });
    const [file] = summary.files;
    expect(file?.format).toBe("ssda903");
    expect(file?.notes.join("\n")).toMatch(
      /DfE rule 178: episodes.csv, line 12, child E, PLACE_PROVIDER "PR9"/,
    );
    expect(await figure("cla-starts", "2020-Q4")).toBe(2);
    expect(await figure("cla-starts", "FY2020-21")).toBe(4);
    expect(await figure("cla-ceased", "2021-Q1")).toBe(1);
    expect(await figure("cla-count", "2021-03-31")).toBe(4);
    expect(await figure("cla-starts-uasc", "2020-Q4")).toBe(1);
    expect(await figure("cla-placements-3-or-more", "FY2020-21")).toBe(25);
    const release = await db.prisma.release.findFirstOrThrow({ where: { dataset: `ssda903/${HACKNEY}` } });
    expect(release.description).toMatch(/to 31 March 2021/);
    expect(release.description).toMatch(/episodes\.csv SHA-256 [0-9a-f]{64}/);
    const source = await db.prisma.source.findUniqueOrThrow({ where: { key: `ssda903-${HACKNEY}` } });
    expect(source.kind).toBe("management_information");
    // Only counts are stored: no child's identifier is in any text the import wrote.
    const written = await db.prisma.observation.findMany({ where: { releaseId: release.id } });
    expect(written.some((o) => /\b[A-E]\b,|child [A-E]\b/.test(o.citation))).toBe(false);
  });

  it("makes a later extract's corrections revisions of the quarters they change, keeping the old figures", async () => {
    const corrected = episodes.map((row) =>
      row.startsWith("D,05/10/2020") ? "D,05/01/2021,S,C2,N1,R1,PR1,,,,,," : row,
    );
    await importFiles(db.prisma, extract(corrected), { createdBy: "test", area: HACKNEY, publish: true });
    expect(await figure("cla-starts", "2020-Q4")).toBe(1);
    expect(await figure("cla-starts", "2021-Q1")).toBe(1);
    expect(await figure("cla-starts", "FY2020-21")).toBe(4);
    const revised = await db.prisma.observation.findMany({
      where: {
        indicatorCode: "cla-starts",
        areaCode: HACKNEY,
        periodKey: "2020-Q4",
        source: { key: `ssda903-${HACKNEY}` },
      },
      orderBy: { id: "asc" },
    });
    expect(revised.map((o) => Number(o.value))).toEqual([2, 1]);
  });

  it("says what is wrong with the fake D2I extract: episodes that overlap (DfE rule 501)", async () => {
    const problems = await problemsOf(() =>
      importFiles(
        db.prisma,
        ["header.csv", "episodes.csv", "uasc.csv", "missing.csv", "oc3.csv"].map((name) =>
          shipped("ssda903-fake-d2i", name),
        ),
        { createdBy: "test", area: HACKNEY },
      ),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.check === "DfE rule 501")).toBe(true);
    expect(describeProblem(problems[0] as ImportProblem)).toMatch(
      /^episodes\.csv, line \d+, column "DECOM": child \d+: the episode begins/,
    );
  });

  it("says what is wrong with the real-world dirty LIIA samples", async () => {
    const problems = await problemsOf(() =>
      importFiles(
        db.prisma,
        ["SSDA903_2020_header.csv", "SSDA903_2020_episodes.csv"].map((name) =>
          shipped("ssda903-liia-samples", name),
        ),
        { createdBy: "test", area: HACKNEY },
      ),
    );
    const described = problems.map(describeProblem).join("\n");
    expect(described).toMatch(
      /SSDA903_2020_episodes\.csv, line 3: the row has 13 fields but the header has 14/,
    );
    expect(described).toMatch(
      /SSDA903_2020_header\.csv, line 3, column "CHILD": child 689661: the child is in the header already \(line 2\)/,
    );
    expect(described).toMatch(
      /line 6, column "RNE": child 249901: RNE is not one of the DfE's codes for it \(found "\*DUMMY\*"\) \[DfE rule 143\]/,
    );
    expect(described).toMatch(
      /line 4, column "DECOM": child 689661: the episode begins before the one on line 2 ends \(18\/07\/2019\)/,
    );
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, projectPaths, testBackends, type TestDatabase } from "@csc/db";
import { publicStatisticsDirectory } from "../demo/loadPublicStatistics.ts";
import { problemsOf } from "../testing/problemsOf.ts";
import { seedDatabase } from "../seed/seedDatabase.ts";
import { importFiles } from "./importFiles.ts";
import type { ImportFile } from "./readImportFile.ts";

const shipped = (folder: string, name: string): ImportFile => ({
  name,
  bytes: readFileSync(path.join(publicStatisticsDirectory, folder, name)),
});
const text = (name: string, content: string): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(content),
});
const FIGURES_HEADER =
  "indicator,area,period,breakdown,value,qualifier,numerator,denominator,source,citation";

describe.each(testBackends)("importing files on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDatabase(db.prisma);
  });
  afterAll(() => db.destroy());

  const counts = async () => ({
    observations: await db.prisma.observation.count(),
    releases: await db.prisma.release.count(),
    revisions: await db.prisma.revision.count(),
    areas: await db.prisma.area.count(),
  });
  const current = (indicatorCode: string, areaCode: string, periodKey: string) =>
    db.prisma.observation.findMany({
      where: {
        indicatorCode,
        areaCode,
        periodKey,
        supersededBy: null,
        source: { kind: "official_statistics" },
      },
      include: { release: true },
    });

  it("checks a dry run fully, says what would change, and writes nothing", async () => {
    const before = await counts();
    const summary = await importFiles(
      db.prisma,
      [shipped("dfe-cla-numbers", "cla_number_and_rate_per_10k_children_2018_2022.csv")],
      { createdBy: "author", dryRun: true },
    );
    expect(summary.dryRun).toBe(true);
    expect(summary.files[0]?.result).toMatchObject({ inserted: 270, revised: 0 });
    expect(await counts()).toEqual(before);
  });

  it("imports a release as a draft; an identical file again changes nothing", async () => {
    const file = shipped("dfe-cla-numbers", "cla_number_and_rate_per_10k_children_2018_2022.csv");
    const first = await importFiles(db.prisma, [file], { createdBy: "author" });
    expect(first.files[0]).toMatchObject({
      dataset: "dfe-cla-numbers-and-rates",
      format: "tidy",
      result: { release: { version: 1 }, inserted: 270 },
    });
    const [hampshire2018] = await current("cla-count", "E10000014", "2018-03-31");
    // 1,594 in the 2018 and 2019 releases; this 2022 release revised it to 1,593.
    expect(hampshire2018?.value?.toNumber()).toBe(1593);
    expect(hampshire2018?.release.status).toBe("draft");
    const before = await counts();
    const again = await importFiles(db.prisma, [file], { createdBy: "author" });
    expect(again.files[0]?.result).toMatchObject({ release: null, inserted: 0, revised: 0 });
    expect(await counts()).toEqual(before);
  });

  it("keeps a revised figure and records which release changed it", async () => {
    await importFiles(
      db.prisma,
      [shipped("dfe-cla-numbers", "cla_number_and_rate_per_10k_children_2019_2023.csv")],
      {
        createdBy: "author",
        publish: true,
      },
    );
    const summary = await importFiles(
      db.prisma,
      [shipped("dfe-cla-numbers", "cla_number_and_rate_per_10k_children_2020_2024.csv")],
      { createdBy: "author", publish: true },
    );
    expect(summary.files[0]?.result.revised).toBeGreaterThan(0);
    // Hampshire's 2023 figure: 1,853 in the 2023 release, revised in the 2024 release.
    const all = await db.prisma.observation.findMany({
      where: { indicatorCode: "cla-count", areaCode: "E10000014", periodKey: "2023-03-31" },
      include: { supersededBy: { include: { release: true } } },
      orderBy: { id: "asc" },
    });
    expect(all.map((o) => o.value?.toNumber())).toEqual([1853, 1858]);
    expect(all[0]?.supersededBy?.release).toMatchObject({ dataset: "dfe-cla-numbers-and-rates", version: 3 });
  });

  it("reads Ofsted's wide tables and the Home Office transfers by council name", async () => {
    const summary = await importFiles(
      db.prisma,
      [
        shipped("ofsted-fostering", "Local_authority_level_fostering_data_2018_to_2019.csv"),
        shipped("home-office-nts-uasc", "nts_transfers_by_la_quarter_extract.csv"),
      ],
      { createdBy: "author", publish: true },
    );
    expect(summary.files.map((f) => f.format)).toEqual(["ofsted-fostering", "nts-transfers"]);
    // The 2018-19 file is Windows-1252 and prints "1,010" with a thousands separator.
    const [enquiries] = await current("fostering-enquiries", "E10000014", "FY2018-19");
    expect(enquiries?.value?.toNumber()).toBe(1010);
    const [households] = await current("fostering-households", "E92000001", "2019-03-31");
    expect(households?.value?.toNumber()).toBe(44450);
    const [transfers] = await current("nts-transfers-in", "E10000014", "2016-Q3");
    expect(transfers?.value?.toNumber()).toBe(10);
    // Every council is found by name, however the table spells it ("Durham", "Bedford Borough");
    // only a group of councils the register does not hold is left out, and said so.
    const [durham] = await current("fostering-enquiries", "E06000047", "FY2018-19");
    expect(durham?.value).toBeDefined();
    expect(summary.files[0]?.notes.join(" ")).toMatch(
      /^1 column\(s\) name areas the platform has no code for, and were not loaded: London Tri-borough\.$/,
    );
  });

  it("refuses a batch with any bad file, listing every problem in every file, and writes nothing", async () => {
    const before = await counts();
    const problems = await problemsOf(() =>
      importFiles(
        db.prisma,
        [
          shipped("dfe-cin-cpp", "d5_cpps_at31march_by_duration_2013_to_2025.csv"),
          text(
            "authors.csv",
            [
              FIGURES_HEADER,
              "cla-count,E10000014,at 31 March 2022,,1 700,,,,hcc-cabinet-2021-12-07-safeguarding,Table 1",
              "cla-starts,E10000014,at 31 March 2022,,600,,,,hcc-cabinet-2021-12-07-safeguarding,Table 1",
              "sw-vacancy-rate,E10000014,2022,,112%,,,,hcc-cabinet-2021-12-07-safeguarding,Table 1",
              "cla-count,E99999999,at 31 March 2022,,1,,,,hcc-cabinet-2021-12-07-safeguarding,Table 1",
            ].join("\n"),
          ),
          text("empty.csv", ""),
          {
            name: "unicode.csv",
            bytes: new Uint8Array([
              0xff,
              0xfe,
              ...[...new TextEncoder().encode(FIGURES_HEADER)].flatMap((b) => [b, 0]),
            ]),
          },
          text("cut.csv", `${FIGURES_HEADER}\ncla-count,E10000014,at 31 March 2022,,17`),
        ],
        { createdBy: "author", publish: true },
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: "authors.csv", line: 2, column: "value", value: "1 700" }),
      expect.objectContaining({
        file: "authors.csv",
        line: 3,
        column: "period",
        message: expect.stringMatching(/counted over a period/),
      }),
      expect.objectContaining({
        file: "authors.csv",
        line: 4,
        column: "value",
        message: "sw-vacancy-rate must be at least 0% and at most 100%",
      }),
      expect.objectContaining({ file: "authors.csv", line: 5, column: "area", value: "E99999999" }),
      expect.objectContaining({
        file: "empty.csv",
        line: 0,
        message: expect.stringMatching(/the file is empty/),
      }),
      expect.objectContaining({
        file: "unicode.csv",
        line: 0,
        message: expect.stringMatching(/^the file is UTF-16 text/),
      }),
      expect.objectContaining({ file: "cut.csv", line: 2, message: expect.stringMatching(/cut short/) }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("checks a tidy file against its .meta.csv, and refuses a .meta.csv without its data file", async () => {
    const data = shipped("dfe-cin-cpp", "d5_cpps_at31march_by_duration_2013_to_2025.csv");
    const meta = (cppType: string) =>
      text(
        "d5_cpps_at31march_by_duration_2013_to_2025.meta.csv",
        [
          "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column",
          "category,Filter,Category,,,,,",
          `CPP_At31,${cppType},Children on a child protection plan at 31 March,,,0,,`,
        ].join("\n"),
      );
    const good = await importFiles(db.prisma, [data, meta("Indicator")], {
      createdBy: "author",
      dryRun: true,
    });
    expect(good.files.map((file) => file.file)).toEqual([data.name]);
    const problems = await problemsOf(() =>
      importFiles(db.prisma, [meta("Filter"), data, text("orphan.meta.csv", "col_name,col_type,label\n")], {
        createdBy: "author",
        dryRun: true,
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "orphan.meta.csv",
        message: expect.stringMatching(/import it with orphan\.csv/),
      }),
      expect.objectContaining({
        file: "d5_cpps_at31march_by_duration_2013_to_2025.meta.csv",
        line: 3,
        column: "col_type",
        value: "Filter",
        message: "d5_cpps_at31march_by_duration reads CPP_At31 as figures, so it should be Indicator",
      }),
    ]);
  });

  it("imports the example figures file in docs/importing.md", async () => {
    const guide = readFileSync(path.join(projectPaths.root, "docs", "importing.md"), "utf8");
    const example = /```csv\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
    const summary = await importFiles(db.prisma, [text("hampshire-update.csv", example)], {
      createdBy: "author",
      dryRun: true,
    });
    expect(summary.files[0]).toMatchObject({
      format: "figures",
      dataset: "figures/hampshire-update",
      figures: 4,
    });
  });

  it("refuses a 50 MB file before reading it, saying how large a file may be", async () => {
    const before = await counts();
    const line =
      "2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,12183016,81770,67\n";
    const header = readFileSync(
      path.join(
        publicStatisticsDirectory,
        "dfe-cla-numbers",
        "cla_number_and_rate_per_10k_children_2021_2025.csv",
      ),
      "utf8",
    ).split("\n")[0];
    const bytes = new TextEncoder().encode(
      `${header ?? ""}\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`,
    );
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const problems = await problemsOf(() =>
      importFiles(db.prisma, [{ name: "huge.csv", bytes }], { createdBy: "author" }),
    );
    expect(problems).toEqual([
      {
        file: "huge.csv",
        line: 0,
        message:
          "the file is 50.0 MB; files up to 25.0 MB can be imported (CSC_MAX_IMPORT_MB). Split it, or check it is the right file",
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("rolls everything back when writing fails part-way", async () => {
    const before = await counts();
    // A trigger stands in for a failure mid-write (a lost connection, a full disk): the first file
    // has been written when the second one's figure is refused by the database.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION fail_on_marker() RETURNS trigger AS $$
      BEGIN IF NEW.citation = 'fail here' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END
      $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER fail_on_marker BEFORE INSERT ON "Observation" FOR EACH ROW EXECUTE FUNCTION fail_on_marker()`,
    );
    // The bulk insert switches ordinary triggers off when it may; this one must fire regardless.
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Observation" ENABLE ALWAYS TRIGGER fail_on_marker`);
    try {
      await expect(
        importFiles(
          db.prisma,
          [
            shipped("dfe-cin-cpp", "d5_cpps_at31march_by_duration_2013_to_2024.csv"),
            text(
              "late.csv",
              `${FIGURES_HEADER}\ncla-count,E10000014,at 31 March 2030,,5,,,,hcc-cabinet-2021-12-07-safeguarding,fail here`,
            ),
          ],
          { createdBy: "author" },
        ),
      ).rejects.toThrow(/simulated failure/);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER fail_on_marker ON "Observation"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION fail_on_marker()`);
    }
    expect(await counts()).toEqual(before);
  });
});

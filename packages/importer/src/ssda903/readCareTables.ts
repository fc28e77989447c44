import {
  CATEGORIES_OF_NEED,
  LEGAL_STATUSES,
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  REASONS_EPISODE_CEASED,
  REASONS_NEW_EPISODE,
  type CareEpisode,
  type CareExtract,
  type MissingSpell,
  type UascStatus,
} from "@csc/domain";
import type { CsvRecord, CsvTable } from "../csv/readCsv.ts";
import type { ImportProblem } from "../importProblem.ts";
import { readSsda903Date, ssda903DateText } from "./ssda903Date.ts";
import { SSDA903_COLUMNS, SSDA903_REQUIRED, type Ssda903Table } from "./ssda903Tables.ts";

/** What the tables hold once checked: the extract to count, or the problems that stop it. */
export interface CheckedCareTables {
  readonly extract: CareExtract;
  readonly problems: ImportProblem[];
  /** DfE validation rules broken in ways that do not change the counts: listed, not refused. */
  readonly warnings: string[];
  readonly notes: string[];
}

type Tables = ReadonlyMap<Ssda903Table, CsvTable>;

/** Checks one table's rows, collecting problems located by file, line, child and field. */
class TableCheck {
  constructor(
    private readonly table: CsvTable,
    private readonly problems: ImportProblem[],
    private readonly warnings: string[],
  ) {}

  problem(record: CsvRecord, column: string | undefined, message: string, check?: string): void {
    const child = record.cells.CHILD?.trim();
    const value = column === undefined ? undefined : (record.cells[column] ?? "");
    this.problems.push({
      file: this.table.file,
      line: record.line,
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      message: child ? `child ${child}: ${message}` : message,
      ...(check ? { check } : {}),
    });
  }

  /** `check`: the DfE rule's number ("DfE rule 101"), or what is checked where the DfE has none. */
  warn(record: CsvRecord, column: string, message: string, check: string): void {
    const child = record.cells.CHILD?.trim() ?? "";
    this.warnings.push(
      `${check}: ${this.table.file}, line ${String(record.line)}, child ${child}, ${column} "${record.cells[column] ?? ""}": ${message}`,
    );
  }

  date(record: CsvRecord, column: string, required: boolean): string | null {
    const text = (record.cells[column] ?? "").trim();
    if (text === "") {
      if (required) this.problem(record, column, `${column} is empty; it must be a date (dd/mm/yyyy)`);
      return null;
    }
    const date = readSsda903Date(text);
    if (date === null) this.problem(record, column, `${column} is not a date (dd/mm/yyyy)`);
    return date;
  }

  code(
    record: CsvRecord,
    column: string,
    codes: ReadonlySet<string>,
    rule?: string,
    required = true,
  ): string | null {
    const check = rule ? `DfE rule ${rule}` : undefined;
    const text = (record.cells[column] ?? "").trim();
    if (text === "") {
      if (required) this.problem(record, column, `${column} is empty`, check);
      return null;
    }
    if (!codes.has(text)) {
      this.problem(record, column, `${column} is not one of the DfE's codes for it`, check);
      return null;
    }
    return text;
  }
}

function checkColumns(tables: Tables, problems: ImportProblem[], notes: string[]): void {
  for (const [name, table] of tables) {
    const missing = SSDA903_REQUIRED[name].filter((column) => !table.header.includes(column));
    if (missing.length > 0)
      problems.push({
        file: table.file,
        line: 1,
        message: `the SSDA903 ${name} table needs the columns ${missing.join(", ")}`,
      });
    const unknown = table.header.filter((column) => !SSDA903_COLUMNS[name].includes(column));
    if (unknown.length > 0)
      notes.push(
        `${table.file}: column${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")} not SSDA903's, not read.`,
      );
  }
}

function readChildren(table: CsvTable | undefined, check: (t: CsvTable) => TableCheck): Set<string> | null {
  if (!table) return null;
  const checker = check(table);
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const child = (record.cells.CHILD ?? "").trim();
    if (child === "") {
      checker.problem(record, "CHILD", "CHILD is empty");
      continue;
    }
    const before = seen.get(child);
    if (before !== undefined)
      checker.problem(
        record,
        "CHILD",
        `the child is in the header already (line ${String(before)}), so whose records are whose cannot be told`,
      );
    else seen.set(child, record.line);
    checker.date(record, "DOB", true);
    const sex = (record.cells.SEX ?? "").trim();
    if (sex !== "1" && sex !== "2")
      checker.warn(record, "SEX", "gender code is not valid (1 or 2)", "DfE rule 101");
  }
  return new Set(seen.keys());
}

function readEpisodes(table: CsvTable, children: Set<string> | null, checker: TableCheck): CareEpisode[] {
  const episodes: (CareEpisode & { line: number })[] = [];
  for (const record of table.records) {
    const child = (record.cells.CHILD ?? "").trim();
    if (child === "") checker.problem(record, "CHILD", "CHILD is empty");
    else if (children && !children.has(child))
      checker.problem(
        record,
        "CHILD",
        "the child is not in the header table, so the episode cannot be counted",
      );
    const start = checker.date(record, "DECOM", true);
    const end = checker.date(record, "DEC", false);
    const reasonNew = checker.code(record, "RNE", REASONS_NEW_EPISODE, "143");
    const legalStatus = checker.code(record, "LS", LEGAL_STATUSES, "144");
    checker.code(record, "CIN", CATEGORIES_OF_NEED, "145");
    const placement = checker.code(record, "PLACE", PLACEMENT_TYPES, "146");
    const reasonCeased = checker.code(record, "REC", REASONS_EPISODE_CEASED, "149", false);
    const provider = (record.cells.PLACE_PROVIDER ?? "").trim();
    if (provider !== "" && !PLACEMENT_PROVIDERS.has(provider))
      checker.warn(record, "PLACE_PROVIDER", "placement provider code is not a valid code", "DfE rule 178");
    if (start && end && end < start)
      checker.problem(record, "DEC", "the episode ends (DEC) before it begins (DECOM)");
    if (end && reasonCeased === null && (record.cells.REC ?? "").trim() === "")
      checker.problem(
        record,
        "REC",
        "the episode has ended (DEC) but REC does not say why, so whether the child left care cannot be told",
      );
    if (!end && reasonCeased !== null)
      checker.warn(
        record,
        "REC",
        "a reason the episode ceased is given, but it has not ended (no DEC); it is not counted as ending",
        "Reason ceased without an end",
      );
    if (child && start && reasonNew && legalStatus && placement)
      episodes.push({
        child,
        start,
        reasonNew,
        legalStatus,
        placement,
        end,
        reasonCeased: end ? reasonCeased : null,
        line: record.line,
      });
  }
  checkOverlaps(episodes, table, checker);
  return episodes.map(({ line: _line, ...episode }) => episode);
}

/** DfE rule 501: a child's next episode may not begin before the one before it has ended. */
function checkOverlaps(
  episodes: readonly (CareEpisode & { line: number })[],
  table: CsvTable,
  checker: TableCheck,
) {
  const byChild = new Map<string, (CareEpisode & { line: number })[]>();
  for (const episode of episodes) {
    const held = byChild.get(episode.child);
    if (held) held.push(episode);
    else byChild.set(episode.child, [episode]);
  }
  const records = new Map(table.records.map((record) => [record.line, record]));
  for (const own of byChild.values()) {
    own.sort((a, b) => a.start.localeCompare(b.start) || a.line - b.line);
    for (let i = 1; i < own.length; i++) {
      const [before, after] = [own[i - 1], own[i]];
      if (!before || !after) continue;
      const overlaps = before.end === null || after.start < before.end;
      const record = records.get(after.line);
      if (overlaps && record)
        checker.problem(
          record,
          "DECOM",
          before.end === null
            ? `the episode begins while the one on line ${String(before.line)} is still open (no DEC)`
            : `the episode begins before the one on line ${String(before.line)} ends (${ssda903DateText(before.end)})`,
          "DfE rule 501",
        );
    }
  }
}

function readUasc(table: CsvTable | undefined, checker: (t: CsvTable) => TableCheck): UascStatus[] {
  if (!table) return [];
  const check = checker(table);
  return table.records.flatMap((record) => {
    const child = (record.cells.CHILD ?? "").trim();
    if (child === "") {
      check.problem(record, "CHILD", "CHILD is empty");
      return [];
    }
    return [{ child, ceased: check.date(record, "DUC", false) }];
  });
}

function readMissing(
  table: CsvTable | undefined,
  checker: (t: CsvTable) => TableCheck,
): MissingSpell[] | undefined {
  if (!table) return undefined;
  const check = checker(table);
  return table.records.flatMap((record) => {
    const child = (record.cells.CHILD ?? "").trim();
    const kind = check.code(record, "MISSING", new Set(["M", "A"]));
    const start = check.date(record, "MIS_START", true);
    return child && kind && start ? [{ child, kind, start }] : [];
  });
}

/**
 * Checks an extract's tables for what would make its counts wrong (each a problem that refuses
 * the import) and for DfE rules whose breach changes no count (warnings), and reads the episodes,
 * UASC statuses and missing spells the counts are made from.
 */
export function readCareTables(
  tables: Tables,
  given: ReadonlySet<Ssda903Table> = new Set(tables.keys()),
): CheckedCareTables {
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const checker = (table: CsvTable) => new TableCheck(table, problems, warnings);
  checkColumns(tables, problems, notes);
  if (!given.has("episodes"))
    problems.push({
      file: [...tables.values()].map((t) => t.file).join(", "),
      line: 0,
      message: "an SSDA903 extract is counted from its episodes table; import it with the header table",
    });
  if (!given.has("header"))
    problems.push({
      file: [...tables.values()].map((t) => t.file).join(", "),
      line: 0,
      message:
        "import the episodes with the SSDA903 header table, which says which children the extract holds",
    });
  if (problems.length > 0) return { extract: { episodes: [], uasc: [] }, problems, warnings, notes };
  const children = readChildren(tables.get("header"), checker);
  const episodesTable = tables.get("episodes");
  // Given but unreadable (its problems are reported by whoever read it): the others are still checked.
  const episodes = episodesTable ? readEpisodes(episodesTable, children, checker(episodesTable)) : [];
  const uasc = readUasc(tables.get("uasc"), checker);
  const missing = readMissing(tables.get("missing"), checker);
  if (!tables.has("uasc")) notes.push("No UASC table: UASC starts and UASC looked after are not counted.");
  if (tables.has("oc3"))
    notes.push(`${tables.get("oc3")?.file ?? "oc3"}: care leavers' outcomes (OC3) are not counted from.`);
  return { extract: { episodes, uasc, missing }, problems, warnings, notes };
}

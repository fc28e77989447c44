import type { ParsedFigure } from "@csc/domain";
import type { ImportProblem } from "../importProblem.ts";
import type { FigureRecord } from "./readFiguresCsv.ts";
import { readFigureCell } from "./readFigureCell.ts";

/** Where a cell is, and what the figure is of, for messages about it. */
export interface CellAt {
  readonly line: number;
  readonly column: string;
  readonly text: string;
  /** Identifies the figure within the file: the same key twice is a duplicate row. */
  readonly key: string;
}

/** The figure a cell holds, before its value is read. */
export type FigureFields = Omit<FigureRecord, "figure" | "line">;

/**
 * Gathers an official table's figures and everything wrong with its cells, so that each reader
 * only says where its figures are: a cell that is not a figure, or one the file has given before,
 * becomes a located problem instead.
 */
export class FigureCollector {
  readonly records: FigureRecord[] = [];
  readonly problems: ImportProblem[] = [];
  private readonly firstLine = new Map<string, number>();

  /**
   * `describe` says what a figure is, for the duplicate message ("cpp-count for Hampshire, at 31
   * March 2021"); it is called only for a duplicate, as a large file has hundreds of thousands of
   * figures. `marks` are a publisher's own symbols (Ofsted's "..").
   */
  constructor(
    private readonly file: string,
    private readonly describe: (figure: FigureFields) => string,
    private readonly marks: Readonly<Record<string, ParsedFigure>> = {},
  ) {}

  problem(
    line: number,
    column: string | undefined,
    value: string | undefined,
    message: string,
    check?: string,
  ): void {
    this.problems.push({
      file: this.file,
      line,
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      message,
      ...(check === undefined ? {} : { check }),
    });
  }

  /** Reads the cell as a figure for `figure.indicator` and keeps it, or records why not. */
  add(cell: CellAt, figure: FigureFields): void {
    const read = readFigureCell(figure.indicator, cell.text, this.marks);
    if ("problem" in read) {
      this.problem(cell.line, cell.column, cell.text, read.problem, "ind_invalid_entry");
      return;
    }
    const earlier = this.firstLine.get(cell.key);
    if (earlier !== undefined) {
      this.problem(
        cell.line,
        cell.column,
        undefined,
        `duplicate row: line ${String(earlier)} already gives ${this.describe(figure)}`,
        "general_dupes",
      );
      return;
    }
    this.firstLine.set(cell.key, cell.line);
    // Listed rather than spread: spreading took a quarter of the time to read a 100,000-row file.
    this.records.push({
      line: cell.line,
      indicator: figure.indicator,
      areaCode: figure.areaCode,
      period: figure.period,
      breakdown: figure.breakdown,
      figure: read.figure,
      numerator: figure.numerator,
      denominator: figure.denominator,
      sourceKey: figure.sourceKey,
      citation: figure.citation,
    });
  }
}

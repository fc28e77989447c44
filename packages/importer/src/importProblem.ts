/** One thing wrong with an input file, located precisely enough for an author to fix it. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based line in the file; 0 when the problem is with the file as a whole. */
  readonly line: number;
  /** The column's header name, if the problem is in one cell. */
  readonly column?: string;
  readonly value?: string;
  readonly message: string;
  /** The name DfE's data screener (eesyscreener) gives the check, where it has one. */
  readonly check?: string;
}

export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.file,
    problem.line > 0 ? `line ${problem.line}` : null,
    problem.column ? `column "${problem.column}"` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const value = problem.value === undefined ? "" : ` (found "${problem.value}")`;
  const check = problem.check ? ` [${problem.check}]` : "";
  return `${where}: ${problem.message}${value}${check}`;
}

/** How many problems an import lists: enough to fix a file by, few enough to send and read. */
export const MAX_PROBLEMS_LISTED = 1_000;

/**
 * Thrown before anything is written, carrying the problems found so they can be fixed in one go:
 * the first MAX_PROBLEMS_LISTED of them, and how many there were in all.
 */
export class ImportValidationError extends Error {
  readonly problems: readonly ImportProblem[];
  readonly problemCount: number;

  constructor(problems: readonly ImportProblem[], problemCount = problems.length) {
    const count = Math.max(problemCount, problems.length);
    const shown = problems.slice(0, 20).map(describeProblem);
    const more = count > shown.length ? [`…and ${String(count - shown.length)} more`] : [];
    super(
      `${String(count)} problem${count === 1 ? "" : "s"} found; nothing was imported.\n` +
        [...shown, ...more].join("\n"),
    );
    this.name = "ImportValidationError";
    this.problems = problems.slice(0, MAX_PROBLEMS_LISTED);
    this.problemCount = count;
  }
}

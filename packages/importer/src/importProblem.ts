/** One thing wrong with an input file, located precisely enough for an author to fix it. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based line in the file; 0 when the problem is with the file as a whole. */
  readonly line: number;
  /** The column's header name, if the problem is in one cell. */
  readonly column?: string;
  readonly value?: string;
  readonly message: string;
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
  return `${where}: ${problem.message}${value}`;
}

/** Thrown before anything is written, carrying every problem found so they can be fixed in one go. */
export class ImportValidationError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    const shown = problems.slice(0, 20).map(describeProblem);
    const more = problems.length > shown.length ? [`…and ${problems.length - shown.length} more`] : [];
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} found; nothing was imported.\n` +
        [...shown, ...more].join("\n"),
    );
    this.name = "ImportValidationError";
  }
}

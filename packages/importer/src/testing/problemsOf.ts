import { ImportValidationError, type ImportProblem } from "../importProblem.ts";

/** The problems an import that must be refused was refused with; fails when it is not refused. */
export async function problemsOf(run: () => Promise<unknown>): Promise<readonly ImportProblem[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected the import to be refused");
}

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

/** What the lock file beside an embedded database says about the process that holds it. */
export interface DataDirectoryOwner {
  readonly pid: number;
  readonly command: string;
  readonly since: string;
  /** Where the holding server answers the CLI's commands, once it serves them. */
  readonly controlSocket: string | null;
}

/** The embedded database is one process's: a second opener is refused, naming the holder. */
export class DataDirectoryInUse extends Error {
  constructor(
    readonly directory: string,
    readonly owner: DataDirectoryOwner,
  ) {
    super(
      `The embedded database in ${directory} (CSC_DATA_DIR) is in use by process ${String(owner.pid)} (${owner.command}, since ${owner.since}). ` +
        "Only one process may open it at a time: stop that process, or give this one another CSC_DATA_DIR.",
    );
  }
}

export const lockFileOf = (directory: string) => `${directory}.lock`;

const held = new Map<string, number>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process holding the directory, or null when nobody does (a lock left by a killed one is stale). */
export function ownerOf(directory: string): DataDirectoryOwner | null {
  let owner: DataDirectoryOwner;
  try {
    owner = JSON.parse(readFileSync(lockFileOf(directory), "utf8")) as DataDirectoryOwner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    // A lock file cut short by a crash while it was written.
    return null;
  }
  return Number.isInteger(owner.pid) && isRunning(owner.pid) ? owner : null;
}

function describeSelf(controlSocket: string | null): DataDirectoryOwner {
  return {
    pid: process.pid,
    command: process.argv.slice(1).join(" ").slice(0, 200),
    since: new Date().toISOString(),
    controlSocket,
  };
}

/**
 * Claims the directory for this process, as PostgreSQL's postmaster.pid does: the lock file is
 * created exclusively, and one left by a process that no longer runs is taken over. Claims within
 * one process nest; the last release removes the file.
 */
export function claimDataDirectory(directory: string): void {
  const count = held.get(directory) ?? 0;
  if (count > 0) {
    held.set(directory, count + 1);
    return;
  }
  const file = lockFileOf(directory);
  // The lock sits beside the directory, so its parent must exist before the database is made:
  // `.data/` on a new checkout.
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw storageError(directory, error);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, JSON.stringify(describeSelf(null)));
      closeSync(fd);
      held.set(directory, 1);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw storageError(directory, error);
      const owner = ownerOf(directory);
      if (owner && owner.pid !== process.pid) throw new DataDirectoryInUse(directory, owner);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not claim ${file}: another process keeps creating it.`);
}

export function releaseDataDirectory(directory: string): void {
  const count = held.get(directory) ?? 0;
  if (count > 1) {
    held.set(directory, count - 1);
    return;
  }
  if (count === 1) {
    held.delete(directory);
    rmSync(lockFileOf(directory), { force: true });
  }
}

/** Records where this process, which holds the directory, answers the CLI. */
export function advertiseControlSocket(directory: string, controlSocket: string | null): void {
  if (!held.has(directory)) throw new Error(`This process does not hold ${directory}.`);
  writeFileSync(lockFileOf(directory), JSON.stringify(describeSelf(controlSocket)), { mode: 0o600 });
}

// A process that exits without closing (Ctrl-C, an uncaught error) leaves no lock behind.
process.once("exit", () => {
  for (const directory of held.keys()) rmSync(lockFileOf(directory), { force: true });
});

/** Storage problems name CSC_DATA_DIR and say what to do. */
export function storageError(directory: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = error instanceof Error ? error.message : String(error);
  const advice =
    code === "EACCES" || code === "EPERM"
      ? "This user may not write there: give it write permission, or set CSC_DATA_DIR to a directory it may write."
      : code === "EROFS"
        ? "The file system is read-only: set CSC_DATA_DIR to a writable directory."
        : code === "ENOSPC"
          ? "The disk is full: free some space."
          : "If the directory was damaged (a disk fault, or two processes wrote to it before this version refused that), restore it from a backup, or move it aside and run `npm start` to create a new database.";
  return new Error(
    `The embedded database in ${directory} (CSC_DATA_DIR) could not be opened: ${reason}. ${advice}`,
    {
      cause: error,
    },
  );
}

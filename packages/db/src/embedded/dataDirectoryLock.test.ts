import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimDataDirectory, lockFileOf, releaseDataDirectory } from "./dataDirectoryLock.ts";

describe("claiming an embedded database's directory", () => {
  let scratch: string;
  beforeEach(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "csc-lock-"));
  });
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  // npm start's default, .data/pglite, on a new checkout: neither folder exists yet.
  it("claims a directory whose parent folder does not exist yet", () => {
    const directory = path.join(scratch, ".data", "pglite");
    claimDataDirectory(directory);
    expect(existsSync(lockFileOf(directory))).toBe(true);
    releaseDataDirectory(directory);
    expect(existsSync(lockFileOf(directory))).toBe(false);
  });
});

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPglite } from "./openDatabase.ts";

describe("the embedded database's memory", () => {
  it("keeps 16 MB of shared buffers in the API's process, not PostgreSQL's 128 MB", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "csc-buffers-"));
    try {
      for (const opening of ["new", "again"]) {
        const embedded = await openPglite(directory);
        try {
          const { rows } = await embedded.pglite.query<{ shared_buffers: string }>("SHOW shared_buffers");
          expect(rows[0]?.shared_buffers, opening).toBe("16MB");
        } finally {
          await embedded.close();
        }
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

import type { Prisma } from "@csc/db";

export type Role = "viewer" | "author" | "admin";

/** Who is asking: a role from an API token, or nobody (anonymous). */
export interface Viewer {
  readonly role: Role | null;
  readonly tokenName: string | null;
}

/** Draft releases, and figures in them, are for authors and admins only. */
export interface Visibility {
  readonly seesDrafts: boolean;
  readonly releaseWhere: Prisma.ReleaseWhereInput;
}

export function visibilityFor(viewer: Viewer): Visibility {
  const seesDrafts = viewer.role === "author" || viewer.role === "admin";
  return { seesDrafts, releaseWhere: seesDrafts ? {} : { status: "published" } };
}

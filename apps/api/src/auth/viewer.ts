import { visibilityFor, type Visibility } from "@csc/db";

export type Role = "viewer" | "author" | "admin";

/** Who is asking: a role from an API token, or nobody (anonymous). */
export interface Viewer {
  readonly role: Role | null;
  readonly tokenName: string | null;
}

/** Draft releases, and everything only they hold, are for authors and admins. */
export function visibilityOf(viewer: Viewer): Visibility {
  return visibilityFor(viewer.role === "author" || viewer.role === "admin");
}

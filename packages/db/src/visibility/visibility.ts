import { Prisma } from "../generated/prisma/client.ts";
import type { ReleaseStatus } from "../generated/prisma/enums.ts";

/**
 * Who may see what, in one place: every read path (series, observations, node/nodes, releases,
 * sources, quality findings) builds its filters from here, so a new path cannot forget the draft
 * rule. Draft releases, their figures and their corrections, and indicators only a draft has
 * figures for, are for readers who see drafts (authors and admins); everyone else sees what is
 * published.
 */
export interface Visibility {
  readonly seesDrafts: boolean;
  /** Releases the reader may see. */
  readonly release: Prisma.ReleaseWhereInput;
  /** Figures in releases the reader may see, current or corrected. */
  readonly observation: Prisma.ObservationWhereInput;
  /**
   * Figures the reader sees as current: visible, and not corrected by a release the reader may
   * see (a figure corrected only by a draft is still current for those who cannot see drafts).
   */
  readonly currentObservation: Prisma.ObservationWhereInput;
  /** Corrections the reader may see: both the old and the new figure are visible. */
  readonly revision: Prisma.RevisionWhereInput;
  /** Indicators the reader may see: the catalogue's, and those a visible release has figures for. */
  readonly indicator: Prisma.IndicatorWhereInput;
  /**
   * Sources the reader may see: those with a visible figure, and reference sources with none yet
   * (a source an import of a draft created has figures only in the draft).
   */
  readonly source: Prisma.SourceWhereInput;
  /** The same rule for a release already read. */
  seesRelease(release: { readonly status: ReleaseStatus }): boolean;
  /** The same rule in hand-written SQL: a condition on a release's status column. */
  seesReleaseWithStatus(status: Prisma.Sql): Prisma.Sql;
}

const PUBLISHED = { status: "published" } as const satisfies Prisma.ReleaseWhereInput;

const everything: Visibility = {
  seesDrafts: true,
  release: {},
  observation: {},
  currentObservation: { supersededBy: { is: null } },
  revision: {},
  indicator: {},
  source: {},
  seesRelease: () => true,
  seesReleaseWithStatus: () => Prisma.sql`TRUE`,
};

const publishedOnly: Visibility = {
  seesDrafts: false,
  release: PUBLISHED,
  observation: { release: PUBLISHED },
  currentObservation: {
    release: PUBLISHED,
    OR: [{ supersededBy: { is: null } }, { supersededBy: { is: { release: { status: "draft" } } } }],
  },
  revision: { release: PUBLISHED, superseded: { release: PUBLISHED } },
  indicator: { pendingReleaseId: null },
  source: { OR: [{ observations: { none: {} } }, { observations: { some: { release: PUBLISHED } } }] },
  seesRelease: (release) => release.status === "published",
  seesReleaseWithStatus: (status) => Prisma.sql`${status} = 'published'`,
};

export function visibilityFor(seesDrafts: boolean): Visibility {
  return seesDrafts ? everything : publishedOnly;
}

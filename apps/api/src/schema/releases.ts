import { publishRelease, ReleaseNotPublishable } from "@csc/importer";
import { builder } from "../builder.ts";
import { asIsoDate } from "./scalars.ts";
import { pageCost } from "./queryCost.ts";

export const ReleaseStatusEnum = builder.enumType("ReleaseStatus", {
  description: "Whether a release's figures are public.",
  values: {
    DRAFT: { value: "draft", description: "Loaded but not yet checked: visible to authors and admins only." },
    PUBLISHED: { value: "published", description: "Visible to everyone who may read figures." },
  } as const,
});

export const ReleaseRef = builder.prismaObject("Release", {
  description: "One load of figures (a file import or the seed step). Versions are numbered per dataset.",
  fields: (t) => ({
    id: t.exposeInt("id", {
      description: "Its number, for publishRelease(id:) and the observations filter.",
    }),
    dataset: t.exposeString("dataset", {
      description: 'What was loaded, such as "seed/hcc-cabinet-2021-12-07-safeguarding".',
    }),
    version: t.exposeInt("version", { description: "1 for the dataset's first release, then 2, 3…" }),
    status: t.expose("status", { type: ReleaseStatusEnum, description: "Draft or published." }),
    checksum: t.exposeString("checksum", { description: "SHA-256 of the file(s) loaded." }),
    description: t.exposeString("description", { nullable: true, description: "What was loaded, in words." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was loaded." }),
    createdBy: t.string({
      description: 'Who or what loaded it, for authors and admins; "withheld" for everyone else.',
      deprecationReason: "Use loadedBy, which is null where the name is withheld.",
      resolve: (release, _args, context) => (context.visibility.seesDrafts ? release.createdBy : "withheld"),
    }),
    loadedBy: t.string({
      nullable: true,
      description:
        "Who or what loaded it (an API token's name is often a person's), for authors and admins only; null for everyone else.",
      resolve: (release, _args, context) => (context.visibility.seesDrafts ? release.createdBy : null),
    }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was published; null for a draft.",
    }),
    asOf: t.field({
      type: "Date",
      nullable: true,
      description:
        "The day its figures speak as of (for an official statistics table, the end of the latest period it covers): of two releases of a figure, the later is current, whatever order they were imported in. Null for council papers.",
      resolve: (release) => (release.asOf ? asIsoDate(release.asOf) : null),
    }),
    figureCount: t.relationCount("observations", { description: "Figures this release added or corrected." }),
    revisionCount: t.relationCount("revisions", { description: "Earlier figures this release corrected." }),
  }),
});

builder.queryFields((t) => ({
  releases: t.prismaConnection({
    type: "Release",
    cursor: "id",
    defaultSize: 50,
    complexity: pageCost(50),
    maxSize: 200,
    description: "Releases, newest first. Drafts are listed for authors and admins only.",
    resolve: (query, _root, _args, context) =>
      context.prisma.release.findMany({
        ...query,
        where: context.visibility.release,
        orderBy: { id: "desc" },
      }),
  }),
}));

builder.objectType(ReleaseNotPublishable, {
  name: "ReleaseActionError",
  description: "Why a release could not be changed.",
  fields: (t) => ({ message: t.exposeString("message", { description: "What went wrong, in words." }) }),
});

builder.mutationField("publishRelease", (t) =>
  t.prismaField({
    type: "Release",
    description:
      "Publishes a draft release, making its figures (and the corrections in it) visible to everyone.",
    errors: { types: [ReleaseNotPublishable], dataField: { description: "The release, now published." } },
    args: { id: t.arg.int({ required: true, description: "The draft release's id." }) },
    resolve: async (query, _root, { id }, context) => {
      await publishRelease(context.prisma, id);
      return context.prisma.release.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

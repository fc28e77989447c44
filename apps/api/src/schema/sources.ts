import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { pageCost } from "./queryCost.ts";
import { asIsoDate } from "./scalars.ts";

const SourceKindEnum = builder.enumType("SourceKind", {
  description: "What sort of document a source is.",
  values: {
    COUNCIL_REPORT: { value: "council_report", description: "A paper to a council meeting." },
    OFFICIAL_STATISTICS: {
      value: "official_statistics",
      description: "A DfE, Ofsted or Home Office statistics release.",
    },
    MANAGEMENT_INFORMATION: {
      value: "management_information",
      description: "The council's own performance data.",
    },
    PRESS: { value: "press", description: "An article in the press or on a news site." },
  } as const,
});

export const SourceRef = builder.prismaObject("Source", {
  description: "A document figures were taken from: a council paper, a statistics release, an article.",
  fields: (t) => ({
    id: t.exposeInt("id", { description: "Its number in this platform; pass it to source(id:)." }),
    key: t.exposeString("key", { description: "Stable identifier used in data files." }),
    title: t.exposeString("title", { description: "The document's title." }),
    body: t.exposeString("body", { description: "Who published it." }),
    meeting: t.exposeString("meeting", {
      nullable: true,
      description: "The meeting it went to, for council papers.",
    }),
    publishedOn: t.field({
      description: "When it was published, or the date of its meeting.",
      type: "Date",
      nullable: true,
      resolve: (source) => (source.publishedOn ? asIsoDate(source.publishedOn) : null),
    }),
    document: t.exposeString("document", { description: "The document's file name or web address." }),
    kind: t.expose("kind", { type: SourceKindEnum, description: "What sort of document it is." }),
    licence: t.exposeString("licence", {
      nullable: true,
      description: "The licence it is published under, if stated.",
    }),
    figureCount: t.relationCount("observations", {
      description: "How many figures the platform holds from it.",
      where: (_args, context) => context.visibility.observation,
    }),
    figures: t.relatedConnection("observations", {
      cursor: "id",
      defaultSize: 100,
      complexity: pageCost(100),
      maxSize: 500,
      totalCount: true,
      description: "The figures taken from it, in the order they were loaded.",
      query: (_args, context) => ({
        where: context.visibility.observation,
        orderBy: { id: "asc" },
      }),
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.prismaConnection({
    type: "Source",
    cursor: "id",
    defaultSize: 100,
    complexity: pageCost(100),
    maxSize: 200,
    description: "Every source document, newest first.",
    resolve: (query, _root, _args, context) =>
      context.prisma.source.findMany({
        ...query,
        where: context.visibility.source,
        orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      }),
  }),
  source: t.prismaField({
    type: "Source",
    nullable: true,
    description: "One source by its id or its key; null when there is none.",
    args: {
      id: t.arg.int({ required: false, description: "The source's number." }),
      key: t.arg.string({ required: false, description: "The source's key, as used in data files." }),
    },
    resolve: (query, _root, { id, key }, context) => {
      if ((id == null) === (key == null)) {
        throw new GraphQLError("Give either id or key, not both.", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return context.prisma.source.findFirst({
        ...query,
        where: { ...(id != null ? { id } : { key: key ?? "" }), AND: [context.visibility.source] },
      });
    },
  }),
}));

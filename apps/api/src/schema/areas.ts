import { GraphQLError } from "graphql";
import { areaRegister, councilSuccessions, type Area } from "@csc/domain";
import { builder } from "../builder.ts";
import { asIsoDate } from "./scalars.ts";
import { LIST_SIZES } from "./queryCost.ts";
import type { ApiContext } from "../context.ts";

const AreaLevelEnum = builder.enumType("AreaLevel", {
  description:
    "Where an area sits: England, a region (the nine, and Inner and Outer London), or a local authority (a council, or a joint return of several).",
  values: {
    COUNTRY: { value: "country" },
    REGION: { value: "region" },
    LOCAL_AUTHORITY: { value: "local_authority" },
  } as const,
});

export const AreaRef = builder.prismaObject("Area", {
  description:
    "England, a region, a council or a joint return, identified by its GSS code. Every English council since 2013 is held, including those since merged or split.",
  fields: (t) => ({
    code: t.exposeString("code", { description: 'GSS code: "E10000014" is Hampshire, "E92000001" England.' }),
    name: t.exposeString("name", { description: 'Its name, such as "Hampshire".' }),
    level: t.expose("level", {
      type: AreaLevelEnum,
      description: "England, a region, or a local authority.",
    }),
    laNumber: t.exposeInt("laNumber", {
      nullable: true,
      description:
        "The DfE's three-digit local authority number (Hampshire is 850); null for England and regions.",
    }),
    parent: t.relation("parent", {
      nullable: true,
      description:
        "The region a local authority is in (London for a London borough), London for Inner and Outer London, or England for a region.",
    }),
    children: t.relation("children", {
      complexity: { field: 1, multiplier: LIST_SIZES.areas },
      description: "The areas within this one that the platform holds.",
      query: () => ({ orderBy: { name: "asc" } }),
    }),
    formerCodes: t.exposeStringList("formerCodes", {
      description:
        'GSS codes the council had before under the same DfE number (North Yorkshire was "E10000023" until 2023); figures published under them are its own.',
    }),
    memberCodes: t.exposeStringList("memberCodes", {
      description: "For a joint return, the GSS codes of the councils it speaks for; empty otherwise.",
    }),
    establishedOn: t.field({
      type: "Date",
      nullable: true,
      description: "The first day of a council created since 2013.",
      resolve: (area) => (area.establishedOn ? asIsoDate(area.establishedOn) : null),
    }),
    abolishedOn: t.field({
      type: "Date",
      nullable: true,
      description: "The last day of a council since merged or split; null for today's councils.",
      resolve: (area) => (area.abolishedOn ? asIsoDate(area.abolishedOn) : null),
    }),
  }),
});

builder.objectFields(AreaRef, (t) => ({
  succeededBy: t.field({
    type: [AreaRef],
    description: "The councils that replaced this one when it was merged or split.",
    resolve: (area, _args, context) =>
      areasByCode(
        context,
        councilSuccessions.flatMap((s) => (s.predecessors.includes(area.code) ? s.successors : [])),
      ),
  }),
  succeeds: t.field({
    type: [AreaRef],
    description: "The councils this one replaced, when it was formed by a merger or split.",
    resolve: (area, _args, context) =>
      areasByCode(
        context,
        councilSuccessions.flatMap((s) => (s.successors.includes(area.code) ? s.predecessors : [])),
      ),
  }),
}));

/** Most areas have no successions, so most calls read nothing. */
async function areasByCode(context: ApiContext, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return context.prisma.area.findMany({ where: { code: { in: [...codes] } }, orderBy: { name: "asc" } });
}

/** For `t.loadable` fields that hold an area's code: batches a request's areas into one read. */
export const areaByCode = {
  type: AreaRef,
  load: (codes: string[], context: ApiContext) =>
    context.prisma.area.findMany({ where: { code: { in: codes } } }),
  sort: (area: { code: string }) => area.code,
};

builder.queryFields((t) => ({
  areas: t.prismaField({
    type: ["Area"],
    complexity: { field: 1, multiplier: LIST_SIZES.areas },
    description: "Areas the platform holds, optionally only one level, by name.",
    args: {
      level: t.arg({ type: AreaLevelEnum, required: false, description: "Only areas at this level." }),
    },
    resolve: (query, _root, { level }, context) =>
      context.prisma.area.findMany({
        ...query,
        where: level ? { level } : {},
        orderBy: { name: "asc" },
      }),
  }),
  area: t.prismaField({
    type: "Area",
    nullable: true,
    description:
      "One area by GSS code (a council's former code finds the council), or null when the platform does not hold it.",
    args: { code: t.arg.string({ required: true, description: 'A GSS code, such as "E10000014".' }) },
    resolve: (query, _root, { code }, context) =>
      context.prisma.area.findFirst({ ...query, where: { OR: [{ code }, { formerCodes: { has: code } }] } }),
  }),
}));

/** The area a code names (its current code, a former one, or a joint return), or a client error. */
export function areaOf(code: string): Area {
  const area = areaRegister.byGssCode(code);
  if (!area)
    throw new GraphQLError("The platform holds no area with that code.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  return area;
}

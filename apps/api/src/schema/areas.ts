import { builder } from "../builder.ts";
import { LIST_SIZES } from "./queryCost.ts";
import type { ApiContext } from "../context.ts";

const AreaLevelEnum = builder.enumType("AreaLevel", {
  description: "Where an area sits: England, a region, or a local authority.",
  values: {
    COUNTRY: { value: "country" },
    REGION: { value: "region" },
    LOCAL_AUTHORITY: { value: "local_authority" },
  } as const,
});

export const AreaRef = builder.prismaObject("Area", {
  description: "England, a region or a local authority, identified by its GSS code.",
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
      description: "The region a local authority is in, or England for a region.",
    }),
    children: t.relation("children", {
      complexity: { field: 1, multiplier: LIST_SIZES.areas },
      description: "The areas within this one that the platform holds.",
      query: (_args, context) => ({ where: context.visibility.area, orderBy: { name: "asc" } }),
    }),
  }),
});

/** For `t.loadable` fields that hold an area's code: batches a request's areas into one read. */
export const areaByCode = {
  type: AreaRef,
  load: (codes: string[], context: ApiContext) =>
    context.prisma.area.findMany({ where: { code: { in: codes }, ...context.visibility.area } }),
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
        where: { ...context.visibility.area, ...(level ? { level } : {}) },
        orderBy: { name: "asc" },
      }),
  }),
  area: t.prismaField({
    type: "Area",
    nullable: true,
    description: "One area by GSS code, or null when the platform does not hold it.",
    args: { code: t.arg.string({ required: true, description: 'A GSS code, such as "E10000014".' }) },
    resolve: (query, _root, { code }, context) =>
      context.prisma.area.findUnique({ ...query, where: { code, AND: [context.visibility.area] } }),
  }),
}));

import { findIndicator } from "@csc/domain";
import { builder } from "../builder.ts";
import { IndicatorRef } from "./indicators.ts";
import { asIsoDate } from "./scalars.ts";

export const AnnotationRef = builder.prismaObject("Annotation", {
  description: "A dated note drawn on charts, such as the first Covid-19 lockdown.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable identifier used in data files." }),
    startsOn: t.field({
      type: "Date",
      description: "The first day it concerns.",
      resolve: (a) => asIsoDate(a.startsOn),
    }),
    endsOn: t.field({
      type: "Date",
      nullable: true,
      description: "Null for a single day or a change with no end.",
      resolve: (a) => (a.endsOn ? asIsoDate(a.endsOn) : null),
    }),
    title: t.exposeString("title", { description: "Short label for the chart." }),
    description: t.exposeString("description", { description: "What happened, in a sentence or two." }),
    indicator: t.field({
      type: IndicatorRef,
      nullable: true,
      description: "The indicator it concerns; null when it concerns every chart.",
      resolve: (a) => (a.indicatorCode ? (findIndicator(a.indicatorCode) ?? null) : null),
    }),
    area: t.relation("area", {
      nullable: true,
      description: "The area it concerns; null when it concerns every area.",
    }),
    source: t.relation("source", {
      nullable: true,
      description: "The document it is taken from, if the platform holds it.",
    }),
    citation: t.exposeString("citation", { description: "Where the date and description come from." }),
  }),
});

builder.queryField("annotations", (t) =>
  t.prismaField({
    type: ["Annotation"],
    description:
      "Notes for charts that overlap the dates given. With an indicator or area, notes about other indicators or areas are left out, and notes about every chart kept.",
    args: {
      from: t.arg({ type: "Date", required: false, description: "Notes that end on or after this day." }),
      to: t.arg({ type: "Date", required: false, description: "Notes that start on or before this day." }),
      indicator: t.arg.string({
        required: false,
        description: "An indicator code: that indicator's notes and the general ones.",
      }),
      area: t.arg.string({
        required: false,
        description: "A GSS code: that area's notes and the general ones.",
      }),
    },
    resolve: (query, _root, { from, to, indicator, area }, context) =>
      context.prisma.annotation.findMany({
        ...query,
        where: {
          AND: [
            to ? { startsOn: { lte: new Date(`${to}T00:00:00Z`) } } : {},
            from
              ? {
                  OR: [
                    { endsOn: { gte: new Date(`${from}T00:00:00Z`) } },
                    { endsOn: null, startsOn: { gte: new Date(`${from}T00:00:00Z`) } },
                  ],
                }
              : {},
            indicator ? { OR: [{ indicatorCode: indicator }, { indicatorCode: null }] } : {},
            area ? { OR: [{ areaCode: area }, { areaCode: null }] } : {},
          ],
        },
        orderBy: { startsOn: "asc" },
      }),
  }),
);

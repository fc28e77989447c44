import { z } from "zod";
import { findIndicator, findTopic, type Indicator } from "@csc/domain";
import { builder } from "../builder.ts";
import { LIST_SIZES } from "./queryCost.ts";
import { BreakdownDimensionRef, TopicRef } from "./catalogue.ts";

const UnitEnum = builder.enumType("Unit", {
  description: "What an indicator's figures measure.",
  values: {
    COUNT: { value: "count", description: "A number of children, cases, staff…" },
    PERCENT: { value: "percent", description: "A percentage, 0 to 100 (changes may be negative)." },
    RATE_PER_10000: {
      value: "rate-per-10000",
      description: "A number for every 10,000 children in the area.",
    },
    FTE: { value: "fte", description: "Full-time equivalent staff." },
    MONEY: { value: "money", description: "Pounds sterling." },
  } as const,
});

const PolarityEnum = builder.enumType("Polarity", {
  description: "Whether a rise is good news, bad news or neither.",
  values: {
    UP_IS_GOOD: { value: "up-is-good" },
    DOWN_IS_GOOD: { value: "down-is-good" },
    NEUTRAL: { value: "neutral", description: "Neither: a rise or fall needs context to judge." },
  } as const,
});

const IndicatorKindEnum = builder.enumType("IndicatorKind", {
  description: "How an indicator's figures may be combined across periods.",
  values: {
    FLOW: { value: "flow", description: "A count over a period (arrivals, entering care). Periods add up." },
    STOCK: { value: "stock", description: "A count on a day (children looked after). Never added up." },
    RATIO: {
      value: "ratio",
      description: "A percentage or rate. Recomputed from numerator and denominator, never averaged.",
    },
  } as const,
});

const IndicatorOriginRef = builder.objectRef<NonNullable<Indicator["origin"]>>("IndicatorOrigin").implement({
  description: "Where an imported indicator's figures come from in a table the platform has no mapping for.",
  fields: (t) => ({
    table: t.exposeString("table", {
      description:
        'The table\'s name as its file gives it, without years, such as "la_cla_placement_stability".',
    }),
    column: t.exposeString("column", { description: "The column of the table its figures are in." }),
  }),
});

// Declared before it is implemented because an indicator refers to other indicators.
export const IndicatorRef = builder.objectRef<Indicator>("Indicator");

IndicatorRef.implement({
  description: "Something that is measured, such as UASC arrivals, with its definition and unit.",
  fields: (t) => ({
    code: t.exposeString("code", {
      description:
        'Stable code that never changes meaning, such as "uasc-arrivals". Use it in queries and files.',
    }),
    name: t.exposeString("name", { description: "Plain name for charts and tables." }),
    definition: t.exposeString("definition", {
      description: "What is and is not counted, in plain English.",
    }),
    unit: t.expose("unit", { type: UnitEnum, description: "What its figures measure." }),
    decimals: t.exposeInt("decimals", { description: "Decimal places figures are shown with." }),
    polarity: t.expose("polarity", {
      type: PolarityEnum,
      description: "Whether a rise is good news, bad news or neither.",
    }),
    kind: t.expose("kind", {
      type: IndicatorKindEnum,
      description: "Counts over time, counts on a day, or ratios: how figures combine.",
    }),
    topic: t.field({
      type: TopicRef,
      description: "The topic it belongs to.",
      resolve: (indicator) => {
        const topic = findTopic(indicator.topic);
        if (!topic) throw new Error(`Indicator ${indicator.code} names an unknown topic.`);
        return topic;
      },
    }),
    dimension: t.field({
      type: BreakdownDimensionRef,
      nullable: true,
      description: "How its figures may be split, if they are.",
      resolve: async (indicator, _args, context) =>
        indicator.dimension ? ((await context.indicators()).dimension(indicator.dimension) ?? null) : null,
    }),
    origin: t.field({
      type: IndicatorOriginRef,
      nullable: true,
      description:
        "For an indicator imported from a table the platform has no mapping for: the table and column its figures come from. Null for the catalogue's own indicators.",
      resolve: (indicator) => indicator.origin ?? null,
    }),
    sameMeasureAs: t.field({
      type: [IndicatorRef],
      description:
        "Indicators that count the same thing from another table or source. Their figures should agree; where they do not, the data-quality checks say so.",
      resolve: (indicator) => (indicator.sameMeasureAs ?? []).flatMap((code) => findIndicator(code) ?? []),
    }),
  }),
});

builder.objectField(TopicRef, "indicators", (t) =>
  t.field({
    type: [IndicatorRef],
    description: "The topic's indicators.",
    resolve: async (topic, _args, context) =>
      (await context.indicators()).all().filter((indicator) => indicator.topic === topic.code),
  }),
);

builder.queryFields((t) => ({
  indicators: t.field({
    type: [IndicatorRef],
    complexity: (args) => ({
      field: 1,
      multiplier: args.codes ? args.codes.length : args.topic || args.search ? 15 : LIST_SIZES.indicators,
    }),
    description:
      "Indicators in the catalogue and those imported from tables without a mapping, optionally only one topic's, or those whose code, name or definition contains the search words.",
    args: {
      topic: t.arg.string({ required: false, description: 'A topic code, such as "uasc".' }),
      search: t.arg.string({
        required: false,
        validate: z.string().max(100),
        description: "Words to look for.",
      }),
      codes: t.arg.stringList({
        required: false,
        validate: z.array(z.string().max(200)).max(20),
        description: "Only these indicators, in the order given (at most 20).",
      }),
    },
    resolve: async (_root, { topic, search, codes }, context) => {
      const words = (search ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      const all = (await context.indicators()).all();
      const chosen = codes
        ? codes.flatMap((code) => all.find((indicator) => indicator.code === code) ?? [])
        : all;
      return chosen.filter((indicator) => {
        if (topic && indicator.topic !== topic) return false;
        const text = `${indicator.code} ${indicator.name} ${indicator.definition}`.toLowerCase();
        return words.every((word) => text.includes(word));
      });
    },
  }),
  indicator: t.field({
    type: IndicatorRef,
    nullable: true,
    description: "One indicator by its code, or null when there is no such code.",
    args: { code: t.arg.string({ required: true, description: 'The code, such as "uasc-arrivals".' }) },
    resolve: async (_root, { code }, context) => (await context.indicator(code)) ?? null,
  }),
}));

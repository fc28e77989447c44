import { z } from "zod";
import { areaRegister, describeStatSymbol, type Change, type Figure, type Period } from "@csc/domain";
import { builder } from "../builder.ts";
import { LIST_SIZES, seriesCost } from "./queryCost.ts";
import type { ApiContext } from "../context.ts";
import { loadSeries } from "../series/loadSeries.ts";
import type {
  AlternativeFigureData,
  FigureSourceData,
  PointData,
  RevisionData,
  SeriesBreakdownData,
  SeriesData,
} from "../series/seriesData.ts";
import { seriesRequestKey, type SeriesRequest } from "../series/seriesRequest.ts";
import { areaByCode } from "./areas.ts";
import { IndicatorRef } from "./indicators.ts";
import { SYMBOL_DESCRIPTION, ValueQualifierEnum } from "./observations.ts";
import { PeriodRef } from "./periods.ts";
import { ReleaseRef } from "./releases.ts";
import { SourceRef } from "./sources.ts";

const GranularityEnum = builder.enumType("Granularity", {
  description: "Whether to show figures as published or rolled up into years.",
  values: {
    PUBLISHED: { value: "published", description: "Each figure for the period its source gave." },
    FINANCIAL_YEAR: {
      value: "financial-year",
      description:
        "April to March. Flows are added up (whole years only), stocks take the value on 31 March, ratios are recomputed from numerators and denominators.",
    },
    CALENDAR_YEAR: { value: "calendar-year", description: "January to December, by the same rules." },
  } as const,
});

const releaseLoader = {
  load: (ids: number[], context: ApiContext) =>
    context.prisma.release.findMany({ where: { id: { in: ids } } }),
  sort: (release: { id: number }) => release.id,
};

const FigureSourceRef = builder.objectRef<FigureSourceData>("FigureSource").implement({
  description: "Where a figure comes from.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The source document's title." }),
    citation: t.exposeString("citation", {
      description: "Where in it: table, row and column, or paragraph.",
    }),
    source: t.loadable({
      type: SourceRef,
      description: "The source document.",
      load: (ids: number[], context) => context.prisma.source.findMany({ where: { id: { in: ids } } }),
      sort: (source) => source.id,
      resolve: (figureSource) => figureSource.sourceId,
    }),
  }),
});

export const FigureValueRef = builder
  .interfaceRef<{ figure: Figure; formatted: string }>("FigureValue")
  .implement({
    description: "A published figure: a number, or a statistical symbol standing in its place.",
    fields: (t) => ({
      value: t.float({
        nullable: true,
        description: "The number; null when a symbol stands in its place.",
        resolve: (parent) => parent.figure.value ?? null,
      }),
      symbol: t.string({
        nullable: true,
        description: SYMBOL_DESCRIPTION,
        resolve: (parent) => parent.figure.symbol ?? null,
      }),
      symbolMeaning: t.string({
        nullable: true,
        description: "What the symbol means, in words.",
        resolve: (parent) => (parent.figure.symbol ? describeStatSymbol(parent.figure.symbol) : null),
      }),
      formatted: t.exposeString("formatted", {
        description: 'As a report prints it: "1,656", "13.0%", "around 13.0%", "c".',
      }),
    }),
  });

const AlternativeFigureRef = builder.objectRef<AlternativeFigureData>("AlternativeFigure").implement({
  description:
    "The same figure given differently by another source or table. Shown so the difference can be explained.",
  interfaces: [FigureValueRef],
  fields: (t) => ({
    source: t.field({
      type: FigureSourceRef,
      description: "Where this other figure comes from.",
      resolve: (alternative) => alternative.source,
    }),
  }),
});

const FigureRevisionRef = builder.objectRef<RevisionData>("FigureRevision").implement({
  description: "An earlier value of a figure, corrected by a later release and kept.",
  interfaces: [FigureValueRef],
  fields: (t) => ({
    release: t.loadable({
      type: ReleaseRef,
      description: "The release that published this earlier value.",
      ...releaseLoader,
      resolve: (revision) => revision.release.id,
    }),
    replacedIn: t.loadable({
      type: ReleaseRef,
      description: "The release that corrected it.",
      ...releaseLoader,
      resolve: (revision) => revision.replacedIn.id,
    }),
  }),
});

const ChangeRef = builder.objectRef<Change>("Change").implement({
  description: "The change from the series' previous point.",
  fields: (t) => ({
    absolute: t.exposeFloat("absolute", { description: "This figure minus the previous one." }),
    percent: t.exposeFloat("percent", {
      nullable: true,
      description: "Null when the previous figure was zero.",
    }),
  }),
});

const SeriesPointRef = builder.objectRef<PointData>("SeriesPoint").implement({
  description: "A figure in a series, with its sources, any disagreement and its corrections.",
  interfaces: [FigureValueRef],
  fields: (t) => ({
    period: t.field({
      type: PeriodRef,
      description: "The time the figure covers.",
      resolve: (point) => point.period,
    }),
    qualifier: t.field({
      description: "How the source hedged it; null when it did not.",
      type: ValueQualifierEnum,
      nullable: true,
      resolve: (point) => point.figure.qualifier ?? null,
    }),
    numerator: t.exposeFloat("numerator", {
      nullable: true,
      description: "For a ratio, the count it is of, where known.",
    }),
    denominator: t.exposeFloat("denominator", {
      nullable: true,
      description: "For a ratio, the count it is out of, where known.",
    }),
    change: t.field({
      type: ChangeRef,
      nullable: true,
      description: "Null for the first point or across a symbol.",
      resolve: (point) => point.change,
    }),
    sources: t.field({
      type: [FigureSourceRef],
      description: "Every source that gives this figure (for a rolled-up year, the sources of its parts).",
      complexity: { field: 1, multiplier: LIST_SIZES.perPoint },
      resolve: (point) => point.sources,
    }),
    disagreements: t.field({
      type: [AlternativeFigureRef],
      description: "The same figure given with a different value elsewhere. Empty when sources agree.",
      complexity: { field: 1, multiplier: LIST_SIZES.perPoint },
      resolve: (point) => point.disagreements,
    }),
    revisions: t.field({
      type: [FigureRevisionRef],
      description: "Earlier values of this figure that later releases corrected, oldest first.",
      complexity: { field: 1, multiplier: LIST_SIZES.perPoint },
      resolve: (point) => point.revisions,
    }),
  }),
});

const SeriesBreakdownRef = builder.objectRef<SeriesBreakdownData>("SeriesBreakdown").implement({
  description: "The breakdown item a series is for.",
  fields: (t) => ({
    dimension: t.exposeString("dimensionCode", {
      description: 'The dimension\'s code, such as "referral-source".',
    }),
    dimensionName: t.exposeString("dimensionName", {
      description: 'The dimension\'s name, such as "Referral source".',
    }),
    item: t.exposeString("itemCode", { description: 'The item\'s code, such as "police".' }),
    itemName: t.exposeString("itemName", { description: 'The item\'s name, such as "Police".' }),
  }),
});

const SeriesRef = builder.objectRef<SeriesData>("Series").implement({
  description: "An indicator's figures for one area (and breakdown item), in time order.",
  fields: (t) => ({
    area: t.loadable({
      description: "The area the figures are for.",
      ...areaByCode,
      resolve: (series) => series.areaCode,
    }),
    breakdown: t.field({
      type: SeriesBreakdownRef,
      nullable: true,
      description: "Null for the total.",
      resolve: (series) => series.breakdown,
    }),
    points: t.field({
      type: [SeriesPointRef],
      description: "The figures, earliest first.",
      complexity: { field: 1, multiplier: LIST_SIZES.pointsPerSeries },
      resolve: (series) => series.points,
    }),
    incompletePeriods: t.field({
      type: [
        builder.objectRef<{ period: Period; reason: string }>("IncompletePeriod").implement({
          description: "A year left out of a rolled-up series, and why.",
          fields: (f) => ({
            period: f.field({ type: PeriodRef, description: "The year left out.", resolve: (p) => p.period }),
            reason: f.exposeString("reason", { description: "Why it was left out, in words." }),
          }),
        }),
      ],
      description: "Years left out when rolling up because the figures do not cover them.",
      resolve: (series) => series.incomplete,
    }),
  }),
});

export const areaCode = z
  .string()
  .regex(
    /^[EWSN]\d{8}( \/ [EWSN]\d{8})*$/,
    'Expected a GSS area code such as "E10000014", or a joint return\'s codes.',
  );

builder.objectField(IndicatorRef, "series", (t) =>
  t.loadableList({
    type: SeriesRef,
    // Nullable so that a series refused for its granularity leaves the rest of the answer intact.
    nullable: true,
    complexity: seriesCost,
    description:
      "The indicator's figures: one series per area and breakdown item. Periods are those starting on or after `from` and ending on or before `to`.",
    args: {
      area: t.arg.string({ required: false, validate: areaCode, description: "One area's GSS code." }),
      areas: t.arg.stringList({
        required: false,
        validate: z.array(areaCode).max(50, "Ask for at most 50 areas at once."),
        description: "Several areas' GSS codes. With neither area nor areas, every area with figures.",
      }),
      from: t.arg({
        type: "Date",
        required: false,
        description: "Only periods that start on or after this day.",
      }),
      to: t.arg({
        type: "Date",
        required: false,
        description: "Only periods that end on or before this day.",
      }),
      granularity: t.arg({
        type: GranularityEnum,
        required: false,
        defaultValue: "published",
        description: "As published (the default), or rolled up into years.",
      }),
      breakdown: t.arg.string({
        required: false,
        description: 'A breakdown item code for that item only, "total" for the total only; omit for both.',
      }),
      source: t.arg.string({ required: false, description: "A source key: only that source's figures." }),
    },
    load: (requests: SeriesRequest[], context) => loadSeries(context.prisma, context.visibility, requests),
    loaderOptions: { cacheKeyFn: seriesRequestKey },
    resolve: (indicator, args): SeriesRequest => ({
      indicator,
      indicatorCode: indicator.code,
      // A council's former code (North Yorkshire's E10000023) asks for the council.
      areaCodes: [
        ...new Set(
          [...(args.area ? [args.area] : []), ...(args.areas ?? [])].map(
            (code) => areaRegister.byGssCode(code)?.code ?? code,
          ),
        ),
      ],
      from: args.from ?? null,
      to: args.to ?? null,
      granularity: args.granularity ?? "published",
      breakdown: args.breakdown ?? null,
      sourceKey: args.source ?? null,
    }),
  }),
);

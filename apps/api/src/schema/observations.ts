import { figureOfObservation, formatFigure, periodFromKey } from "@csc/domain";
import type { Prisma } from "@csc/db";
import { builder } from "../builder.ts";
import { pageCost } from "./queryCost.ts";
import type { ApiContext } from "../context.ts";
import { IndicatorRef } from "./indicators.ts";
import { PeriodRef } from "./periods.ts";
import { ReleaseRef } from "./releases.ts";

export const SYMBOL_DESCRIPTION =
  'A statistical symbol printed instead of a number: "c" suppressed, "x" not available, "z" not applicable, "k" or "low" rounds to zero, "u" low reliability. Never a zero.';

export const ValueQualifierEnum = builder.enumType("ValueQualifier", {
  description: "How the source hedged a figure.",
  values: {
    APPROXIMATE: { value: "approximate", description: '"around 13%"' },
    AT_LEAST: { value: "at_least", description: '"at least 250"' },
    MORE_THAN: { value: "more_than", description: '"over 300"' },
  } as const,
});

builder.prismaNode("Observation", {
  id: { field: "id" },
  nullable: true,
  // node(id:) and nodes(ids:) find a figure only in a release the caller may see.
  findUnique: (id, context) => ({ id: Number(id), AND: [context.visibility.observation] }),
  description: "One figure as a source states it, with where it came from and the release that loaded it.",
  fields: (t) => ({
    indicator: t.field({
      type: IndicatorRef,
      description: "What the figure measures.",
      resolve: (o, _args, context) => context.requireIndicator(o.indicatorCode),
    }),
    area: t.relation("area", { description: "The area it is for." }),
    period: t.field({
      type: PeriodRef,
      description: "The time it covers.",
      resolve: (o) => periodFromKey(o.periodKey),
    }),
    breakdownItem: t.string({
      nullable: true,
      description: 'The breakdown item\'s code ("police"); null for a total.',
      select: { breakdownItem: { select: { code: true } } },
      resolve: (o) => o.breakdownItem?.code ?? null,
    }),
    value: t.float({
      nullable: true,
      description: "The number; null when a symbol stands in its place.",
      resolve: (o) => o.value?.toNumber() ?? null,
    }),
    symbol: t.exposeString("symbol", { nullable: true, description: SYMBOL_DESCRIPTION }),
    qualifier: t.expose("qualifier", {
      type: ValueQualifierEnum,
      nullable: true,
      description: "How the source hedged it; null when it did not.",
    }),
    formatted: t.string({
      description: 'The figure as a report prints it: "1,656", "13.0%", "around 13.0%", "c".',
      resolve: async (o, _args, context) => {
        const indicator = await context.requireIndicator(o.indicatorCode);
        return formatFigure(figureOfObservation(o), indicator.unit, indicator.decimals);
      },
    }),
    numerator: t.float({
      nullable: true,
      description: "For a ratio, the count it is of, where published.",
      resolve: (o) => o.numerator?.toNumber() ?? null,
    }),
    denominator: t.float({
      nullable: true,
      description: "For a ratio, the count it is out of, where published.",
      resolve: (o) => o.denominator?.toNumber() ?? null,
    }),
    source: t.relation("source", { description: "The document it is taken from." }),
    citation: t.exposeString("citation", {
      description: "Where in the source: table, row and column, or paragraph.",
    }),
    release: t.relation("release", { description: "The load that added it." }),
    replacedIn: t.field({
      type: ReleaseRef,
      nullable: true,
      description: "The release that corrected this figure, if one you can see has; the old figure is kept.",
      select: { supersededBy: { select: { release: true } } },
      resolve: (o, _args, context) => {
        const release = o.supersededBy?.release;
        return release && context.visibility.seesRelease(release) ? release : null;
      },
    }),
  }),
});

const ObservationFilter = builder.inputType("ObservationFilter", {
  description: "Which figures to list. Every condition given must hold.",
  fields: (t) => ({
    indicator: t.string({ required: false, description: "An indicator code." }),
    areas: t.stringList({ required: false, description: "GSS codes." }),
    from: t.field({ type: "Date", required: false, description: "Periods starting on or after this day." }),
    to: t.field({ type: "Date", required: false, description: "Periods ending on or before this day." }),
    source: t.string({ required: false, description: "A source key." }),
    release: t.int({ required: false, description: "A release id." }),
    includeSuperseded: t.boolean({
      required: false,
      description: "Also list figures a later release corrected (default false).",
    }),
  }),
});

type ObservationFilterInput = typeof ObservationFilter.$inferInput;

function observationWhere(
  filter: ObservationFilterInput | null | undefined,
  context: ApiContext,
): Prisma.ObservationWhereInput {
  const { visibility } = context;
  return {
    AND: [
      filter?.includeSuperseded ? visibility.observation : visibility.currentObservation,
      filter?.release != null ? { releaseId: filter.release } : {},
    ],
    ...(filter?.indicator ? { indicatorCode: filter.indicator } : {}),
    ...(filter?.areas?.length ? { areaCode: { in: filter.areas } } : {}),
    ...(filter?.source ? { source: { key: filter.source } } : {}),
    period: {
      ...(filter?.from ? { start: { gte: new Date(`${filter.from}T00:00:00Z`) } } : {}),
      ...(filter?.to ? { end: { lte: new Date(`${filter.to}T00:00:00Z`) } } : {}),
    },
  };
}

builder.queryField("observations", (t) =>
  t.prismaConnection({
    type: "Observation",
    cursor: "id",
    defaultSize: 100,
    complexity: pageCost(100),
    maxSize: 500,
    description:
      "Raw figures as loaded, for checking and export, in the order they were loaded. Pages of up to 500.",
    args: {
      filter: t.arg({
        type: ObservationFilter,
        required: false,
        description: "Which figures; all when omitted.",
      }),
    },
    totalCount: (_root, { filter }, context) =>
      context.prisma.observation.count({ where: observationWhere(filter, context) }),
    resolve: (query, _root, { filter }, context) =>
      context.prisma.observation.findMany({
        ...query,
        where: observationWhere(filter, context),
        orderBy: { id: "asc" },
      }),
  }),
);

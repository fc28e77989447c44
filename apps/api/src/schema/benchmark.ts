import { z } from "zod";
import { quartileBandWords } from "@csc/domain";
import { builder } from "../builder.ts";
import { readStatisticalNeighbours } from "@csc/db";
import {
  compareArea,
  compareAreaOverTime,
  compareMany,
  rankCouncils,
  type AreaBenchmark,
  type CouncilRanking,
  type CompareRequest,
  type CouncilStanding,
} from "../comparison/compareArea.ts";
import { AreaRef, areaByCode, areaOf } from "./areas.ts";
import { IndicatorRef } from "./indicators.ts";
import { PeriodRef } from "./periods.ts";
import { SourceRef } from "./sources.ts";
import { areaCode } from "./series.ts";

const NeighbourModelEnum = builder.enumType("NeighbourModel", {
  description: "DfE's children's services statistical neighbour models.",
  values: {
    SN_2021: {
      value: "SN_2021",
      description: "The April 2021 model (councils since merged or split keep their rows).",
    },
    SN_2025: { value: "SN_2025", description: "The 2025 model, for today's 153 councils." },
  } as const,
});

const QuartileBandEnum = builder.enumType("QuartileBand", {
  description: "LAIT's quartile bands among all councils with a figure, by the indicator's polarity.",
  values: {
    A: { value: "A", description: "The best quarter." },
    B: { value: "B", description: "The second quarter." },
    C: { value: "C", description: "The third quarter." },
    D: { value: "D", description: "The worst quarter." },
  } as const,
});

const BenchmarkNeighbourRef = builder
  .objectRef<AreaBenchmark["neighbours"][number]>("BenchmarkNeighbour")
  .implement({
    description: "One of a council's statistical neighbours, and its figure for the period compared.",
    fields: (t) => ({
      area: t.loadable({ ...areaByCode, description: "The neighbour.", resolve: (n) => n.areaCode }),
      position: t.exposeInt("position", { description: "1 for the closest neighbour, 10 for the furthest." }),
      closeness: t.exposeString("closeness", {
        description:
          'DfE\'s word for how close: "Extremely close", "Very close", "Close", "Somewhat close" or "Not close".',
      }),
      value: t.float({
        nullable: true,
        description: "Its figure; null when a symbol stands in its place or it has none.",
        resolve: (n) => n.value,
      }),
      symbol: t.string({
        nullable: true,
        description: "The statistical symbol in place of a figure (c, x, z, k, low, u).",
        resolve: (n) => n.symbol,
      }),
    }),
  });

const BenchmarkRef = builder.objectRef<AreaBenchmark>("Benchmark").implement({
  description:
    "How an area's figure for one period compares with England, its region, its statistical neighbours and every council, as DfE's LAIT and Outcomes and Enablers dashboard compare.",
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, description: "What is compared.", resolve: (b) => b.indicator }),
    area: t.loadable({ ...areaByCode, description: "The area compared.", resolve: (b) => b.areaCode }),
    period: t.field({ type: PeriodRef, description: "The period compared.", resolve: (b) => b.period }),
    value: t.float({
      nullable: true,
      description: "The area's figure; null when a symbol stands in its place.",
      resolve: (b) => b.value,
    }),
    symbol: t.string({
      nullable: true,
      description: "The statistical symbol in place of the figure, if any.",
      resolve: (b) => b.symbol,
    }),
    england: t.float({
      nullable: true,
      description: "England's figure for the period.",
      resolve: (b) => b.england,
    }),
    region: t.float({
      nullable: true,
      description: "The figure for the council's region (London for a London borough).",
      resolve: (b) => b.region,
    }),
    regionArea: t.loadable({
      ...areaByCode,
      nullable: true,
      description: "The council's region; null for England and regions.",
      resolve: (b) => b.regionCode,
    }),
    neighbourModel: t.field({
      type: NeighbourModelEnum,
      description: "The neighbour model used.",
      resolve: (b) => b.model as "SN_2021" | "SN_2025",
    }),
    neighbourMean: t.float({
      nullable: true,
      description:
        'The mean of the neighbours that have a figure (LAIT\'s "statistical neighbours" average).',
      resolve: (b) => b.neighbourMean,
    }),
    neighbourMedian: t.float({
      nullable: true,
      description:
        "The median of the neighbours that have a figure, as the Outcomes and Enablers dashboard shows.",
      resolve: (b) => b.neighbourMedian,
    }),
    neighbourCount: t.int({
      description: "How many neighbours had a figure.",
      resolve: (b) => b.neighbourCount,
    }),
    rank: t.int({
      nullable: true,
      description:
        "The area's rank among councils with a figure, 1 being best by the indicator's polarity; councils with the same figure share the lowest rank. Null where neither direction is better, or for a symbol.",
      resolve: (b) => b.rank,
    }),
    outOf: t.int({ description: "How many councils had a figure.", resolve: (b) => b.outOf }),
    quartile: t.field({
      type: QuartileBandEnum,
      nullable: true,
      description:
        "The quartile band, A (best quarter) to D, from R's default quartiles as LAIT; null without polarity.",
      resolve: (b) => b.quartile,
    }),
    quartileMeaning: t.string({
      nullable: true,
      description: 'The band in words ("best quarter"), for those who cannot see its colour.',
      resolve: (b) => (b.quartile ? quartileBandWords[b.quartile] : null),
    }),
    sources: t.field({
      type: [SourceRef],
      description:
        "The sources of the figures compared: the area's, England's, its region's and its neighbours'.",
      resolve: (b, _args, context) =>
        b.sourceKeys.length
          ? context.prisma.source.findMany({
              where: { key: { in: [...b.sourceKeys] } },
              orderBy: { key: "asc" },
            })
          : [],
    }),
    previousPeriod: t.field({
      type: PeriodRef,
      nullable: true,
      description: "The latest earlier period the area has a figure for.",
      resolve: (b) => b.previous?.period ?? null,
    }),
    change: t.float({
      nullable: true,
      description: "The figure less the one for previousPeriod; null when either is missing.",
      resolve: (b) => (b.value !== null && b.previous ? b.value - b.previous.value : null),
    }),
    neighbours: t.field({
      type: [BenchmarkNeighbourRef],
      description: "The statistical neighbours in order, closest first, each with its figure.",
      resolve: (b) => [...b.neighbours],
    }),
  }),
});

const CouncilStandingRef = builder.objectRef<CouncilStanding>("CouncilStanding").implement({
  description: "One council's figure, rank and band.",
  fields: (t) => ({
    area: t.loadable({
      ...areaByCode,
      description: "The council (or joint return).",
      resolve: (s) => s.areaCode,
    }),
    value: t.float({
      nullable: true,
      description: "Its figure; null when a symbol stands in its place.",
      resolve: (s) => s.value,
    }),
    symbol: t.string({
      nullable: true,
      description: "The statistical symbol in place of a figure.",
      resolve: (s) => s.symbol,
    }),
    rank: t.int({
      nullable: true,
      description: "1 is best by polarity; ties share the lowest rank.",
      resolve: (s) => s.rank,
    }),
    quartile: t.field({
      type: QuartileBandEnum,
      nullable: true,
      description: "A (best quarter) to D.",
      resolve: (s) => s.quartile,
    }),
  }),
});

const CouncilRankingRef = builder.objectRef<CouncilRanking>("CouncilRanking").implement({
  description: "Every council's figure for one indicator and period, best first by the indicator's polarity.",
  fields: (t) => ({
    indicator: t.field({ type: IndicatorRef, description: "What is ranked.", resolve: (r) => r.indicator }),
    period: t.field({ type: PeriodRef, description: "The period ranked.", resolve: (r) => r.period }),
    england: t.float({ nullable: true, description: "England's figure.", resolve: (r) => r.england }),
    outOf: t.int({ description: "How many councils had a figure.", resolve: (r) => r.outOf }),
    councils: t.field({
      type: [CouncilStandingRef],
      complexity: { field: 1, multiplier: 160 },
      description: "Every council with a figure or a symbol, ranked first; unranked (no polarity) by figure.",
      resolve: (r) => [...r.councils],
    }),
  }),
});

/** What a comparison field's arguments ask for, with their defaults. */
function compareRequestOf(
  indicator: CompareRequest["indicator"],
  args: {
    area: string;
    neighbours?: string | null;
    breakdown?: string | null;
    perTenThousandChildren?: boolean | null;
  },
): CompareRequest {
  return {
    indicator,
    area: areaOf(args.area),
    model: args.neighbours ?? "SN_2025",
    breakdownItem: args.breakdown ?? null,
    perTenThousandChildren: args.perTenThousandChildren ?? false,
  };
}

/** Arguments the comparison fields share. */
const neighbourArgs = builder.args((t) => ({
  neighbours: t.field({
    type: NeighbourModelEnum,
    required: false,
    defaultValue: "SN_2025",
    description: "Which neighbour model.",
  }),
}));
const periodArgs = builder.args((t) => ({
  period: t.field({ type: "Date", required: false, description: "A day inside the period wanted." }),
}));
const rateArgs = builder.args((t) => ({
  perTenThousandChildren: t.boolean({
    required: false,
    defaultValue: false,
    description:
      "Compare a count as a rate per 10,000 children, over ONS's latest mid-year estimate before the period ends: for tables that give only counts.",
  }),
}));
const breakdownArgs = builder.args((t) => ({
  breakdown: t.string({
    required: false,
    validate: z.string().max(300),
    description: "A breakdown item's code; omit for the total.",
  }),
}));

builder.queryFields((t) => ({
  benchmark: t.field({
    type: BenchmarkRef,
    nullable: true,
    complexity: 300,
    description:
      "How an area's figure compares with England, its region, its statistical neighbours and every council: for the latest period the area has a figure for, unless `period` (a day inside the wanted period) is given. Null when there is no such figure, or no such indicator.",
    args: {
      indicator: t.arg.string({
        required: true,
        description: 'An indicator code, such as "cla-rate-per-10000".',
      }),
      area: t.arg.string({
        required: true,
        validate: areaCode,
        description: 'A GSS code, such as "E09000012" (Hackney).',
      }),
      ...neighbourArgs,
      ...periodArgs,
      ...rateArgs,
      ...breakdownArgs,
    },
    resolve: async (_root, args, context) => {
      // An indicator the reader may not see (a draft's) is answered as one that does not exist.
      const indicator = await context.indicator(args.indicator);
      if (!indicator) return null;
      return compareArea(
        context.prisma,
        context.visibility,
        compareRequestOf(indicator, args),
        args.period ?? null,
      );
    },
  }),
  benchmarkSeries: t.field({
    type: [BenchmarkRef],
    complexity: 600,
    description:
      "The same comparison for every period the area has a figure for, oldest first: England, region and neighbour lines for charts.",
    args: {
      indicator: t.arg.string({ required: true, description: "An indicator code." }),
      area: t.arg.string({ required: true, validate: areaCode, description: "A GSS code." }),
      ...neighbourArgs,
      ...rateArgs,
      ...breakdownArgs,
    },
    resolve: async (_root, args, context) => {
      const indicator = await context.indicator(args.indicator);
      if (!indicator) return [];
      return compareAreaOverTime(context.prisma, context.visibility, compareRequestOf(indicator, args));
    },
  }),
  councilRanking: t.field({
    type: CouncilRankingRef,
    nullable: true,
    complexity: 300,
    description:
      "Every council's figure, rank and quartile band for one indicator and period (the latest with council figures, unless `period` is given), as LAIT's all-councils view.",
    args: {
      indicator: t.arg.string({ required: true, description: "An indicator code." }),
      ...periodArgs,
      ...rateArgs,
      ...breakdownArgs,
    },
    resolve: async (_root, args, context) => {
      const indicator = await context.indicator(args.indicator);
      if (!indicator) return null;
      return rankCouncils(
        context.prisma,
        context.visibility,
        indicator,
        args.breakdown ?? null,
        args.period ?? null,
        args.perTenThousandChildren ?? false,
      );
    },
  }),
}));

builder.objectField(IndicatorRef, "benchmark", (t) =>
  t.loadable({
    type: BenchmarkRef,
    nullable: true,
    complexity: 50,
    description:
      "How an area's figure for this indicator compares (see Query.benchmark), so that a page can compare many indicators in one request: they are read together.",
    args: {
      area: t.arg.string({ required: true, validate: areaCode, description: "A GSS code." }),
      ...neighbourArgs,
      ...periodArgs,
      ...rateArgs,
    },
    load: (requests: (CompareRequest & { day: string | null })[], context) =>
      compareMany(context.prisma, context.visibility, requests),
    loaderOptions: {
      cacheKeyFn: (r) =>
        JSON.stringify([r.indicator.code, r.area.code, r.model, r.day, r.perTenThousandChildren ?? false]),
    },
    resolve: (indicator, args) => ({
      indicator,
      area: areaOf(args.area),
      model: args.neighbours ?? "SN_2025",
      breakdownItem: null,
      perTenThousandChildren: args.perTenThousandChildren ?? false,
      day: args.period ?? null,
    }),
  }),
);

const StatisticalNeighbourRef = builder
  .objectRef<Awaited<ReturnType<typeof readStatisticalNeighbours>>[number]>("StatisticalNeighbour")
  .implement({
    description: "A council's statistical neighbour in one of DfE's models.",
    fields: (t) => ({
      area: t.loadable({ ...areaByCode, description: "The neighbour.", resolve: (n) => n.areaCode }),
      position: t.exposeInt("position", { description: "1 for the closest neighbour, 10 for the furthest." }),
      closeness: t.exposeString("closeness", { description: "DfE's word for how close." }),
    }),
  });

builder.objectField(AreaRef, "statisticalNeighbours", (t) =>
  t.field({
    type: [StatisticalNeighbourRef],
    description:
      "The council's ten statistical neighbours, closest first; empty for England, regions and joint returns.",
    args: {
      model: t.arg({
        type: NeighbourModelEnum,
        required: false,
        defaultValue: "SN_2025",
        description: "Which model.",
      }),
    },
    resolve: (area, args, context) =>
      readStatisticalNeighbours(context.prisma, args.model ?? "SN_2025", area.code),
  }),
);

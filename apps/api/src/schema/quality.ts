import { GraphQLError } from "graphql";
import { z } from "zod";
import { describeDifference, formatFigure, type QualityFigure, type QualityIssue } from "@csc/domain";
import { checkDataQuality } from "@csc/importer";
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { areaByCode } from "./areas.ts";
import { IndicatorRef } from "./indicators.ts";
import { PeriodRef } from "./periods.ts";
import { areaCode, FigureValueRef } from "./series.ts";
import { SourceRef } from "./sources.ts";

const QualitySeverityEnum = builder.enumType("QualitySeverity", {
  description: "How much a data-quality finding matters.",
  values: {
    ERROR: { value: "error", description: "Figures that cannot all be right: an identity does not hold." },
    WARNING: { value: "warning", description: "Sources give different figures for the same thing." },
    INFO: { value: "info", description: "A figure was revised by a later release." },
  } as const,
});

const QualityRuleEnum = builder.enumType("QualityRule", {
  description: "Which data-quality rule made a finding.",
  values: {
    SOURCE_DISAGREEMENT: {
      value: "source-disagreement",
      description:
        "The same figure (indicator, area, period, breakdown) has different values in different places.",
    },
    NET_CHANGE_IDENTITY: {
      value: "net-change-identity",
      description: "Net change in children looked after is not children starting minus children ceasing.",
    },
    BREAKDOWN_SUM: {
      value: "breakdown-sum",
      description: "A breakdown's items do not add up to their total.",
    },
    RATIO_ARITHMETIC: {
      value: "ratio-arithmetic",
      description: "A percentage or rate is not its count over its base, within the published rounding.",
    },
    REVISION: { value: "revision", description: "A later release changed the figure." },
  } as const,
});

type QualityFigureData = QualityFigure & { formatted: string };

const withFormatted = (figure: QualityFigure): QualityFigureData => ({
  ...figure,
  formatted: formatFigure(figure.figure, figure.indicator.unit, figure.indicator.decimals),
});

const sourceByKey = {
  load: (keys: string[], context: ApiContext) =>
    context.prisma.source.findMany({ where: { key: { in: keys } } }),
  sort: (source: { key: string }) => source.key,
};

const QualityFigureRef = builder.objectRef<QualityFigureData>("QualityFigure").implement({
  description: "One of the figures a data-quality finding is about, with where it was published.",
  interfaces: [FigureValueRef],
  fields: (t) => ({
    observationId: t.int({
      description: "The stored figure's number, as in the observations list.",
      resolve: (figure) => figure.id,
    }),
    indicator: t.field({ type: IndicatorRef, description: "What it measures.", resolve: (f) => f.indicator }),
    period: t.field({ type: PeriodRef, description: "When.", resolve: (f) => f.period }),
    breakdownItem: t.string({
      nullable: true,
      description: "The breakdown item it is for, such as Police; null for a total.",
      resolve: (figure) => figure.breakdown?.name ?? null,
    }),
    source: t.loadable({
      type: SourceRef,
      description: "The publication it comes from.",
      ...sourceByKey,
      resolve: (figure) => figure.source.key,
    }),
    citation: t.exposeString("citation", { description: "Where in the publication: table, row and column." }),
  }),
});

export const DataQualityIssueRef = builder.objectRef<QualityIssue>("DataQualityIssue").implement({
  description: "Something in the figures that a report author should look at before quoting them.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable identity of the finding: its rule and figures." }),
    rule: t.field({ type: QualityRuleEnum, description: "The rule that found it.", resolve: (i) => i.rule }),
    severity: t.field({
      type: QualitySeverityEnum,
      description: "How much it matters.",
      resolve: (i) => i.severity,
    }),
    message: t.exposeString("message", {
      description: "What is wrong, in a sentence, with the figures and sources.",
    }),
    indicator: t.field({ type: IndicatorRef, description: "What is measured.", resolve: (i) => i.indicator }),
    area: t.loadable({
      description: "Where.",
      ...areaByCode,
      resolve: (issue) => issue.area.code,
    }),
    period: t.field({ type: PeriodRef, description: "When.", resolve: (issue) => issue.period }),
    breakdownItem: t.string({
      nullable: true,
      description: "The breakdown item, if the finding is about one.",
      resolve: (issue) => issue.breakdown?.name ?? null,
    }),
    difference: t.float({
      nullable: true,
      description:
        "How far apart the figures are, in the indicator's unit; null when that is not one number.",
      resolve: (issue) => issue.difference,
    }),
    formattedDifference: t.string({
      nullable: true,
      description: 'The difference as a report prints it: "+5", "-1.2%".',
      resolve: (issue) =>
        issue.difference === null ? null : describeDifference(issue.difference, issue.indicator),
    }),
    figures: t.field({
      type: [QualityFigureRef],
      description: "The figures involved, each with its source and citation.",
      resolve: (issue) => issue.figures.map(withFormatted),
    }),
  }),
});

builder.queryField("dataQualityIssues", (t) =>
  t.field({
    type: [DataQualityIssueRef],
    // The rules run over every figure held: priced as the heavy read it is.
    complexity: { field: 20_000, multiplier: 100 },
    description:
      "Findings of the data-quality rules over the figures you may see: disagreeing sources, broken identities (net change, breakdown totals, rates) and revisions. Errors first, then warnings, then revisions.",
    args: {
      indicator: t.arg.string({
        required: false,
        description: "Only findings involving this indicator code.",
        validate: z.string().max(200),
      }),
      area: t.arg.string({
        required: false,
        description: "Only findings about this area's GSS code.",
        validate: areaCode,
      }),
      severity: t.arg({
        type: QualitySeverityEnum,
        required: false,
        description: "Only findings of this severity.",
      }),
    },
    resolve: async (_root, args, context) => {
      if (args.indicator && !(await context.indicator(args.indicator)))
        throw new GraphQLError("Unknown indicator code.", { extensions: { code: "BAD_USER_INPUT" } });
      return checkDataQuality(context.prisma, {
        indicator: args.indicator ?? undefined,
        area: args.area ?? undefined,
        severity: args.severity ?? undefined,
        visibility: context.visibility,
      });
    },
  }),
);

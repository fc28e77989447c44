import { findIndicator, type Area, type JudgedClaim, type Period } from "@csc/domain";
import { z } from "zod";
import { builder } from "../builder.ts";
import { checkPaper } from "../paperCheck/checkPaper.ts";
import { areaByCode, areaOf } from "./areas.ts";
import { IndicatorRef } from "./indicators.ts";
import { PeriodRef } from "./periods.ts";
import { areaCode, FigureValueRef } from "./series.ts";

/** Papers run to tens of pages; a megabyte of text is far more than any. */
const MAX_PAPER_CHARACTERS = 1_000_000;

const ClaimStatusEnum = builder.enumType("ClaimStatus", {
  description: "What checking a paper's figure against the data found.",
  values: {
    MATCHES: {
      value: "matches",
      description: "The figure is the one held, at the precision the paper gives it.",
    },
    DIFFERS: {
      value: "differs",
      description: "The figure held, or worked out from those held, is different.",
    },
    UNKNOWN: { value: "unknown", description: "It cannot be told: see the reason." },
  } as const,
});

interface PaperFigureData {
  readonly figure: { readonly value: number };
  readonly formatted: string;
  readonly period: Period | null;
  readonly sources: readonly string[];
}

const PaperFigureRef = builder.objectRef<PaperFigureData>("PaperFigure").implement({
  description:
    "A figure a paper states, or the one held (or worked out from those held) that it is checked against.",
  interfaces: [FigureValueRef],
  fields: (t) => ({
    period: t.field({
      type: PeriodRef,
      nullable: true,
      description:
        "The period it is for; null for a figure worked out from two periods, or one the paper states.",
      resolve: (f) => f.period,
    }),
    sources: t.stringList({
      description: 'Where the figures held come from: "Title: citation".',
      resolve: (f) => [...f.sources],
    }),
  }),
});

const PaperClaimRef = builder.objectRef<JudgedClaim & { area: Area }>("PaperClaim").implement({
  description: "A figure a paper states, what it is taken to be about, and whether the data agrees.",
  fields: (t) => ({
    quote: t.string({
      description: 'The figure as the paper writes it: "126,153", "7.6%".',
      resolve: (c) => c.claim.quote,
    }),
    paragraph: t.string({
      nullable: true,
      description: '"para 28" for a numbered paragraph, else "paragraph 3" counting from the top.',
      resolve: (c) => c.claim.paragraph,
    }),
    sentence: t.string({ description: "The sentence it is in.", resolve: (c) => c.claim.sentence }),
    offset: t.int({
      description: "Where the quote starts in the text sent (in UTF-16 code units), to mark it in place.",
      resolve: (c) => c.claim.offset,
    }),
    kind: t.string({
      description:
        '"figure", "change" (from the period before) or "comparison" (one figure as a percentage more or less than another).',
      resolve: (c) => c.claim.kind,
    }),
    indicator: t.field({
      type: IndicatorRef,
      nullable: true,
      description: "The measure it is taken to be about.",
      resolve: (c) => (c.claim.subject ? (findIndicator(c.claim.subject.indicator) ?? null) : null),
    }),
    breakdownItem: t.string({
      nullable: true,
      description: "The breakdown item it is about, such as police; null for a total.",
      resolve: (c) => c.claim.subject?.breakdown ?? null,
    }),
    area: t.loadable({ ...areaByCode, description: "The council checked.", resolve: (c) => c.area.code }),
    status: t.field({
      type: ClaimStatusEnum,
      description: "What the check found.",
      resolve: (c) => c.status,
    }),
    figure: t.field({
      type: PaperFigureRef,
      description: "The figure as the paper states it.",
      resolve: (c) => ({
        figure: { value: c.claim.value },
        formatted: c.claim.quote,
        period: c.claim.subject?.period ?? null,
        sources: [],
      }),
    }),
    held: t.field({
      type: PaperFigureRef,
      nullable: true,
      description:
        "The figure held (or worked out from those held) that it was checked against; null when there is none.",
      resolve: (c) =>
        c.held
          ? {
              figure: { value: c.held.value },
              formatted: c.held.formatted,
              period: c.held.period,
              sources: c.held.sources,
            }
          : null,
    }),
    reason: t.string({
      nullable: true,
      description:
        "Why it differs or cannot be told, how a change or comparison was worked out, or that the paper gives the figure two ways.",
      resolve: (c) => c.reason,
    }),
  }),
});

const PaperCheckRef = builder
  .objectRef<{ claims: (JudgedClaim & { area: Area })[] }>("PaperCheck")
  .implement({
    description: "The figures a paper states, each checked against the data.",
    fields: (t) => ({
      claims: t.field({
        type: [PaperClaimRef],
        description: "In the order the paper states them.",
        resolve: (c) => c.claims,
      }),
    }),
  });

builder.queryFields((t) => ({
  checkPaper: t.field({
    type: PaperCheckRef,
    complexity: 200,
    description:
      'Finds the figures a draft paper states (counts, percentages, changes such as "increased by 54 (3%)", comparisons such as "7.6% higher than …"), works out which measure and period each speaks of, and checks each against the council\'s figures the reader may see. See docs/paper-check.md for the sentences it reads.',
    args: {
      text: t.arg.string({
        required: true,
        validate: z.string().max(MAX_PAPER_CHARACTERS, "Send at most a million characters."),
        description:
          "The paper as plain text, one paragraph to a line (tab-separated lines are read as tables and skipped).",
      }),
      area: t.arg.string({
        required: true,
        validate: areaCode,
        description: "The council the paper is about (GSS code).",
      }),
    },
    resolve: async (_root, args, context) => {
      const area = areaOf(args.area);
      const claims = await checkPaper(context, args.text, area);
      return { claims: claims.map((claim) => ({ ...claim, area })) };
    },
  }),
}));

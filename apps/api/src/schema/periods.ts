import { financialYearOf, type Period } from "@csc/domain";
import { builder } from "../builder.ts";

export const PeriodKindEnum = builder.enumType("PeriodKind", {
  description: "What kind of time a figure covers.",
  values: {
    MONTH: { value: "month", description: "A calendar month." },
    QUARTER: { value: "quarter", description: "A calendar quarter: Jan–Mar, Apr–Jun, Jul–Sep or Oct–Dec." },
    FINANCIAL_YEAR: { value: "financial-year", description: "1 April to 31 March, written 2020-21." },
    CALENDAR_YEAR: { value: "calendar-year", description: "1 January to 31 December." },
    SNAPSHOT: {
      value: "snapshot",
      description: "A single day: a count taken on that day, such as at 31 March.",
    },
    SPAN: { value: "span", description: "Any other stretch of days a report counted over." },
  } as const,
});

export const PeriodRef = builder.objectRef<Period>("Period").implement({
  description: "The time a figure covers: a quarter, a year, a single day…",
  fields: (t) => ({
    key: t.exposeString("key", {
      description:
        'Stable key: "2018-Q1", "FY2020-21", "2021-03-31", "2021-03", "2021", or "start/end" for a span.',
    }),
    kind: t.expose("kind", { type: PeriodKindEnum, description: "What kind of time it is." }),
    label: t.exposeString("label", {
      description: 'How reports write it: "Jan–Mar 2018", "2020-21", "at 31 March 2021".',
    }),
    start: t.expose("start", {
      type: "Date",
      description: "The first day covered (for a snapshot, the day itself).",
    }),
    end: t.expose("end", { type: "Date", description: "The last day covered, inclusive." }),
    financialYear: t.string({
      nullable: true,
      description:
        'The financial year the period falls in ("2017-18" for Jan–Mar 2018), if it lies within one.',
      resolve: (period) => financialYearOf(period)?.label ?? null,
    }),
  }),
});

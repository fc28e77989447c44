import type { TidyPublication } from "../tidyPublication.ts";

const SOURCE = "dfe-children-in-need";
const REFERRALS = ["referral_count", "Referrals"] as const;
const REREFERRALS = ["rereferral_count", "Re_referrals"] as const;

/** c1_children_in_need_referrals_and_rereferrals: the 2024 release used other column names. */
export const cinReferrals: TidyPublication = {
  dataset: "dfe-cin-referrals",
  title: "Referrals and re-referrals",
  source: SOURCE,
  table: "c1_children_in_need_referrals_and_rereferrals",
  required: [REFERRALS, REREFERRALS],
  measures: [
    { indicator: "cin-referrals", label: "Referrals", column: REFERRALS, time: "year-to-31-march" },
    {
      indicator: "cin-referrals-rate-per-10000",
      label: "Referrals: rate per 10,000 children",
      column: ["Referrals_rate"],
      time: "year-to-31-march",
    },
    {
      indicator: "cin-rereferral-rate",
      label: "Re-referrals within 12 months: percentage of referrals",
      column: ["rereferral_percent", "Re_referrals_percent"],
      time: "year-to-31-march",
      numerator: REREFERRALS,
      denominator: REFERRALS,
    },
  ],
};

/** b1_children_in_need: children in need during and at the end of the year. */
export const cinCounts: TidyPublication = {
  dataset: "dfe-cin-children-in-need",
  title: "Children in need",
  source: SOURCE,
  table: "b1_children_in_need",
  required: [["At31_episodes"], ["Anypoint_episodes"]],
  measures: [
    {
      indicator: "cin-count",
      label: "Children in need at 31 March",
      column: ["At31_episodes"],
      time: "at-31-march",
    },
  ],
};

/** d5_cpps_at31march_by_duration: children on a child protection plan at 31 March. */
export const cinProtectionPlans: TidyPublication = {
  dataset: "dfe-cin-protection-plans",
  title: "Child protection plans at 31 March by length",
  source: SOURCE,
  table: "d5_cpps_at31march_by_duration",
  required: [["CPP_At31"]],
  measures: [
    {
      indicator: "cpp-count",
      label: "Children on a child protection plan at 31 March",
      column: ["CPP_At31"],
      time: "at-31-march",
    },
  ],
};

/** c4_children_in_need_section_47s_and_icpcs: enquiries and initial conferences in the year. */
export const cinSection47: TidyPublication = {
  dataset: "dfe-cin-section-47-and-icpcs",
  title: "Section 47 enquiries and initial child protection conferences",
  source: SOURCE,
  table: "c4_children_in_need_section_47s_and_icpcs",
  required: [["Section47"], ["ICPC"]],
  measures: [
    {
      indicator: "s47-enquiries",
      label: "Section 47 enquiries",
      column: ["Section47"],
      time: "year-to-31-march",
    },
    {
      indicator: "icpcs",
      label: "Initial child protection conferences",
      column: ["ICPC"],
      time: "year-to-31-march",
    },
  ],
};

import type { TidyPublication } from "../tidyPublication.ts";

/**
 * csww_indicators (2025 release) and csww_headline_measures (2022 release): the same measures
 * under different names, so both load into one dataset and the later release revises the earlier.
 */
export const socialWorkWorkforce: TidyPublication = {
  dataset: "dfe-social-work-workforce",
  title: "Children and family social workers: headcount, turnover, agency, vacancies and caseload",
  source: "dfe-social-work-workforce",
  table: "csww_indicators",
  required: [["inpost_fte", "social_worker_fte"], ["caseload_fte"]],
  measures: [
    {
      indicator: "sw-fte",
      label: "Social workers in post (FTE)",
      column: ["inpost_fte", "social_worker_fte"],
      time: "at-30-september",
    },
    {
      indicator: "sw-turnover-rate",
      label: "Turnover rate (FTE)",
      column: ["turnover_rate_fte", "turnover_rate_fte_%"],
      time: "year-to-30-september",
    },
    {
      indicator: "sw-agency-rate",
      label: "Agency worker rate (FTE)",
      column: ["agency_rate_fte", "agency_worker_rate_fte_%"],
      time: "at-30-september",
    },
    {
      indicator: "sw-vacancy-rate",
      label: "Vacancy rate (FTE)",
      column: ["vacancy_rate_fte", "vacancy_rate_fte_%"],
      time: "at-30-september",
    },
    {
      indicator: "sw-caseload",
      label: "Average caseload (FTE)",
      column: ["caseload_fte"],
      time: "at-30-september",
    },
  ],
};

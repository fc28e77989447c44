import type { TidyPublication } from "../tidyPublication.ts";

const SOURCE = "dfe-children-looked-after";
const AT_31_MARCH = [
  "Children looked after at 31 March each year",
  "Children looked after on 31 March each year",
];
const STARTING = ["Children starting to be looked after each year"];
const CEASING = ["Children ceasing to be looked after each year"];
const COUNT = ["number", "children_count"] as const;
const UASC = ["UASC", "Unaccompanied asylum-seeking children"];

/** cla_number_and_rate_per_10k_children: the headline numbers and rates per 10,000 children. */
export const claNumbersAndRates: TidyPublication = {
  dataset: "dfe-cla-numbers-and-rates",
  title: "Children looked after, starting and ceasing, with rates per 10,000 children",
  source: SOURCE,
  table: "cla_number_and_rate_per_10k_children",
  filters: { measure: ["population_count", "population_type"] },
  required: [["population_count", "population_type"], COUNT, ["rate_per_10000"]],
  measures: [
    {
      indicator: "cla-count",
      label: "Children looked after at 31 March: number",
      column: COUNT,
      time: "at-31-march",
      where: { measure: AT_31_MARCH },
    },
    {
      indicator: "cla-rate-per-10000",
      label: "Children looked after at 31 March: rate per 10,000 children",
      column: ["rate_per_10000"],
      time: "at-31-march",
      where: { measure: AT_31_MARCH },
      numerator: COUNT,
      denominator: ["population_estimate"],
    },
    {
      indicator: "cla-starts",
      label: "Children starting to be looked after: number",
      column: COUNT,
      time: "year-to-31-march",
      where: { measure: STARTING },
    },
    {
      indicator: "cla-starts-rate-per-10000",
      label: "Children starting to be looked after: rate per 10,000 children",
      column: ["rate_per_10000"],
      time: "year-to-31-march",
      where: { measure: STARTING },
      numerator: COUNT,
      denominator: ["population_estimate"],
    },
    {
      indicator: "cla-ceased",
      label: "Children ceasing to be looked after: number",
      column: COUNT,
      time: "year-to-31-march",
      where: { measure: CEASING },
    },
    {
      indicator: "cla-ceased-rate-per-10000",
      label: "Children ceasing to be looked after: rate per 10,000 children",
      column: ["rate_per_10000"],
      time: "year-to-31-march",
      where: { measure: CEASING },
      numerator: COUNT,
      denominator: ["population_estimate"],
    },
  ],
};

/** la_cla_who_started_to_be_looked_after: starters by age, need, gender and legal status. */
export const claStarted: TidyPublication = {
  dataset: "dfe-cla-started",
  title: "Children who started to be looked after, by characteristic",
  source: SOURCE,
  table: "la_cla_who_started_to_be_looked_after",
  filters: { group: ["cla_group"], characteristic: ["characteristic"] },
  required: [["cla_group"], ["characteristic"], ["number"], ["new_la_code"]],
  measures: [
    {
      indicator: "cla-starts",
      label: "Age group: Total",
      column: ["number"],
      time: "year-to-31-march",
      where: { group: ["Age group"], characteristic: ["Total"] },
    },
    {
      indicator: "cla-starts-by-need",
      label: "Category of need",
      column: ["number"],
      time: "year-to-31-march",
      where: { group: ["Category of need"] },
      breakdown: {
        dimension: "category-of-need",
        filter: "characteristic",
        items: {
          "N1. Abuse or neglect": "n1-abuse-or-neglect",
          "N2. Child's disability": "n2-disability",
          "N3. Parental illness or disability": "n3-parental-illness-or-disability",
          "N4. Family acute stress": "n4-family-acute-stress",
          "N5. Family dysfunction": "n5-family-dysfunction",
          "N6. Socially unacceptable behaviour": "n6-socially-unacceptable-behaviour",
          "N7. Low income": "n7-low-income",
          "N8. Absent parenting": "n8-absent-parenting",
        },
      },
    },
  ],
};

/** la_children_who_ceased_during_the_year: leavers by age, gender and reason. */
export const claCeased: TidyPublication = {
  dataset: "dfe-cla-ceased",
  title: "Children who ceased to be looked after, by characteristic",
  source: SOURCE,
  table: "la_children_who_ceased_during_the_year",
  filters: { group: ["cla_group"], characteristic: ["characteristic"] },
  required: [["cla_group"], ["characteristic"], ["number"], ["new_la_code"]],
  measures: [
    {
      indicator: "cla-ceased",
      label: "Age on ceasing: Total",
      column: ["number"],
      time: "year-to-31-march",
      where: { group: ["Age on ceasing"], characteristic: ["Total"] },
    },
  ],
};

/** Children starting to be looked after who were UASC, by local authority. */
export const claStartingUasc: TidyPublication = {
  dataset: "dfe-cla-starting-uasc",
  title: "Children starting to be looked after who were unaccompanied asylum-seeking children",
  source: SOURCE,
  table: "la_children_who_started_to_be_looked_after_during_the_year (UASC)",
  filters: { characteristic: ["characteristic"] },
  required: [["total_children_starting"], ["characteristic"], ["number"]],
  measures: [
    {
      indicator: "cla-starts-uasc",
      label: "Unaccompanied asylum-seeking children: number",
      column: ["number"],
      time: "year-to-31-march",
      where: { characteristic: UASC },
    },
    {
      indicator: "cla-starts",
      label: "All children starting to be looked after",
      column: ["total_children_starting"],
      time: "year-to-31-march",
      where: { characteristic: UASC },
    },
  ],
};

/** Children looked after at 31 March who were UASC, by local authority. */
export const claAt31MarchUasc: TidyPublication = {
  dataset: "dfe-cla-at-31-march-uasc",
  title: "Children looked after at 31 March who were unaccompanied asylum-seeking children",
  source: SOURCE,
  table: "la_cla_on_31_march_by_characteristics (UASC)",
  filters: { characteristic: ["characteristic"] },
  required: [["total_cla_31_march"], ["characteristic"], ["number"]],
  measures: [
    {
      indicator: "uasc-looked-after",
      label: "Unaccompanied asylum-seeking children: number",
      column: ["number"],
      time: "at-31-march",
      where: { characteristic: UASC },
    },
    {
      indicator: "cla-count",
      label: "All children looked after at 31 March",
      column: ["total_cla_31_march"],
      time: "at-31-march",
      where: { characteristic: UASC },
    },
  ],
};

/** national_cla_on_31_march_who_were_unaccompanied_asylum_seeking_children: England only. */
export const nationalUascAt31March: TidyPublication = {
  dataset: "dfe-national-uasc-at-31-march",
  title: "Unaccompanied asylum-seeking children looked after at 31 March, England",
  source: SOURCE,
  table: "national_cla_on_31_march_who_were_unaccompanied_asylum_seeking_children",
  filters: { group: ["cla_group"], characteristic: ["characteristic"] },
  required: [["cla_group"], ["characteristic"], ["number"], ["percentage"]],
  measures: [
    {
      indicator: "uasc-looked-after",
      label: "Age group: Total",
      column: ["number"],
      time: "at-31-march",
      where: { group: ["Age group"], characteristic: ["Total"] },
    },
  ],
};

const LONG_TERM = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years";

/** la_cla_placement_stability: placement moves and long-term stability, by council. */
export const claPlacementStability: TidyPublication = {
  dataset: "dfe-cla-placement-stability",
  title: "Placement stability of children looked after",
  source: "dfe-children-looked-after",
  table: "la_cla_placement_stability",
  filters: { group: ["cla_group"], stability: ["placement_stability"] },
  required: [["cla_group"], ["placement_stability"], ["children_percent"]],
  measures: [
    {
      indicator: "cla-placements-3-or-more",
      label: "Children looked after at 31 March with 3 or more placements during the year: percentage",
      column: ["children_percent"],
      time: "year-to-31-march",
      where: { group: ["CLA on 31 March"], stability: ["With 3 or more placements during the year"] },
    },
    {
      indicator: "cla-long-term-placement-stability",
      label: "Looked after 2.5 years or more, under 16, with the same carer for 2 years: percentage",
      column: ["children_percent"],
      time: "at-31-march",
      where: { group: [LONG_TERM], stability: ["Living with the same carer for at least 2 years"] },
    },
  ],
};

/** ONS mid-year estimates of children aged 0 to 17, as DfE's repositories publish them in tidy form. */
export const childPopulation: TidyPublication = {
  dataset: "ons-child-population",
  title: "Children aged 0 to 17 (ONS mid-year estimates)",
  source: "ons-mid-year-population-estimates",
  table: "ons_mid-year_population_estimates",
  filters: { age: ["age_group"] },
  required: [["age_group"], ["population_estimate"]],
  measures: [
    {
      indicator: "child-population",
      label: "Children aged 0 to 17: mid-year estimate",
      column: ["population_estimate"],
      time: "at-30-june",
      where: { age: ["Children aged 0 to 17 years"] },
    },
  ],
};

export interface BreakdownItemDefinition {
  readonly code: string;
  readonly name: string;
}

export interface BreakdownDimensionDefinition {
  readonly code: string;
  readonly name: string;
  readonly items: readonly BreakdownItemDefinition[];
}

/** Dimensions that figures are split by; items are listed in the order reports print them. */
export const breakdownDimensions: readonly BreakdownDimensionDefinition[] = [
  {
    code: "referral-source",
    name: "Referral source",
    items: [
      { code: "individual", name: "Individual" },
      { code: "education", name: "Education" },
      { code: "health-services", name: "Health services" },
      { code: "housing", name: "Housing" },
      { code: "la-services", name: "Local authority services" },
      { code: "police", name: "Police" },
      { code: "other-legal-agency", name: "Other legal agency" },
      { code: "other", name: "Other" },
      { code: "anonymous", name: "Anonymous" },
      { code: "unknown", name: "Unknown" },
      { code: "not-recorded", name: "Not recorded" },
    ],
  },
  {
    code: "category-of-need",
    name: "Category of need",
    items: [
      { code: "n1-abuse-or-neglect", name: "Abuse or neglect" },
      { code: "n2-disability", name: "Child's disability" },
      { code: "n3-parental-illness-or-disability", name: "Parental illness or disability" },
      { code: "n4-family-acute-stress", name: "Family in acute stress" },
      { code: "n5-family-dysfunction", name: "Family dysfunction" },
      { code: "n6-socially-unacceptable-behaviour", name: "Socially unacceptable behaviour" },
      { code: "n7-low-income", name: "Low income" },
      { code: "n8-absent-parenting", name: "Absent parenting" },
    ],
  },
  {
    code: "lado-case-type",
    name: "LADO case type",
    items: [
      { code: "allegation", name: "Allegations meeting the LADO threshold" },
      { code: "advice-and-concern", name: "Advice, support and concern" },
    ],
  },
];

export function findBreakdownDimension(code: string): BreakdownDimensionDefinition | undefined {
  return breakdownDimensions.find((dimension) => dimension.code === code);
}

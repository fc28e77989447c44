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

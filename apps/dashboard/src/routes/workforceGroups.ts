/** The groups the reports discuss these figures in. */
export const GROUPS = [
  {
    heading: "Social worker recruitment and retention",
    codes: [
      "sw-investment",
      "sw-new-posts",
      "sw-recruited-qualified",
      "sw-recruited-nqsw",
      "sw-vacancy-rate",
      "sw-turnover-rate",
    ],
  },
  {
    heading: "Teams and new roles",
    codes: [
      "family-practitioners-recruited",
      "intensive-specialist-roles-recruited",
      "cast-teams",
      "fss-teams",
      "sw-survey-responses",
    ],
  },
  {
    heading: "Foster carer recruitment",
    codes: ["fostering-enquiries-change", "fostering-approvals-change"],
  },
] as const;

/** Only the figures the page shows are asked for: every indicator's series would be ten times the answer. */
export const WORKFORCE_CODES = GROUPS.flatMap((group) => group.codes);

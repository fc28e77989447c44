import type { PanelDefinition } from "./panelDefinition.ts";

const PER_10000 = "Per 10,000 children";

export const uascArrivalsPanel: PanelDefinition = {
  id: "uasc-arrivals",
  title: "UASC arrivals per quarter",
  series: [{ from: "indicator", code: "uasc-arrivals", label: "UASC arrivals", kind: "bar" }],
  yAxisLabel: "Children",
  what: "UASC arrivals",
  financialYearTotals: { param: "arrivals", title: "UASC arrivals per financial year" },
  // Councils' arrivals are not published nationally; the DfE counts the UASC who start to be looked after.
  compare: {
    code: "cla-starts-uasc",
    perTenThousandChildren: true,
    label: "UASC starting to be looked after, per 10,000 children",
    yAxisLabel: PER_10000,
  },
};

export const uascCareLeaversPanel: PanelDefinition = {
  id: "uasc-care-leavers",
  title: "UASC care leavers and UASC looked after",
  series: [
    { from: "indicator", code: "uasc-care-leavers", label: "UASC care leavers", kind: "line" },
    { from: "indicator", code: "uasc-looked-after", label: "UASC looked after (under 18)", kind: "line" },
  ],
  yAxisLabel: "Young people",
  what: "UASC care leavers",
  compare: {
    code: "uasc-looked-after",
    perTenThousandChildren: true,
    label: "UASC looked after per 10,000 children",
    yAxisLabel: PER_10000,
  },
};

export const claEntriesExitsPanel: PanelDefinition = {
  id: "cla-entries-exits",
  title: "Children entering and leaving care per quarter",
  series: [
    { from: "indicator", code: "cla-starts", label: "Entering care", kind: "bar" },
    { from: "indicator", code: "cla-ceased", label: "Leaving care", kind: "bar" },
    { from: "indicator", code: "cla-net-change", label: "Net change", kind: "line" },
  ],
  yAxisLabel: "Children",
  what: "children entering care",
  financialYearTotals: { param: "flows", title: "Children entering and leaving care per financial year" },
  quartersOnly: true,
  compare: {
    code: "cla-starts-rate-per-10000",
    label: "Children entering care per 10,000 children",
    yAxisLabel: PER_10000,
  },
};

export const claEntrantSharesPanel: PanelDefinition = {
  id: "cla-entrant-shares",
  title: "Children entering care who were placed with parents, or were UASC",
  series: [
    {
      from: "share",
      part: "cla-starts-placed-with-parents",
      whole: "cla-starts",
      label: "Placed with parents (%)",
      kind: "line",
    },
    {
      from: "share",
      part: "cla-starts-uasc",
      whole: "cla-starts",
      label: "Unaccompanied asylum-seeking children (%)",
      kind: "line",
    },
  ],
  yAxisLabel: "% of children entering care",
  what: "children entering care by placement",
  quartersOnly: true,
  note: "Percentages of the children entering care in each quarter, worked out from the counts of children entering care, those placed with parents and those who were UASC.",
  // Shares of the council's own quarterly counts: no other council's are published.
  compare: false,
};

export const claCountPanel: PanelDefinition = {
  id: "cla-count",
  title: "Full-time children looked after at 31 March",
  series: [{ from: "indicator", code: "cla-count", label: "Children looked after", kind: "bar" }],
  yAxisLabel: "Children",
  what: "children looked after",
  yearEndsOnly: true,
  compare: { code: "cla-rate-per-10000", label: "Rate per 10,000 children", yAxisLabel: PER_10000 },
};

export const claRatePanel: PanelDefinition = {
  id: "cla-rate",
  title: "Children looked after per 10,000 children",
  series: [
    { from: "indicator", code: "cla-rate-per-10000", label: "Rate per 10,000 children", kind: "line" },
  ],
  yAxisLabel: PER_10000,
  what: "the rate of children looked after",
};

export const placementStabilityPanel: PanelDefinition = {
  id: "placement-stability",
  title: "Placement stability",
  series: [
    {
      from: "indicator",
      code: "cla-placements-3-or-more",
      label: "Three or more placements in the year",
      kind: "line",
    },
    {
      from: "indicator",
      code: "cla-long-term-placement-stability",
      label: "Long-term placement stability",
      kind: "line",
    },
  ],
  yAxisLabel: "Per cent",
  what: "placement stability",
};

export const contactsReferralsPanel: PanelDefinition = {
  id: "contacts-referrals",
  title: "Contacts and referrals per financial year",
  series: [
    { from: "indicator", code: "contacts", label: "Contacts", kind: "bar" },
    { from: "indicator", code: "referrals", label: "Referrals (council count)", kind: "bar" },
  ],
  yAxisLabel: "Contacts and referrals",
  what: "contacts",
  compare: {
    code: "cin-referrals-rate-per-10000",
    label: "Referrals per 10,000 children",
    yAxisLabel: PER_10000,
  },
};

export const referralSourcesPanel: PanelDefinition = {
  id: "referral-sources",
  title: "Share of referrals by source, per financial year",
  series: [{ from: "breakdown", code: "referral-source-share", largest: 5, rest: "All other sources" }],
  yAxisLabel: "% of referrals",
  what: "referral sources",
  note: "The chart shows the five largest sources and combines the rest; the Table view lists every source.",
  compare: false,
};

export const protectionRatesPanel: PanelDefinition = {
  id: "protection-rates",
  title: "Section 47 enquiries going to conference, and assessments completed on time",
  series: [
    {
      from: "indicator",
      code: "s47-to-icpc-rate",
      label: "S47 enquiries going to an initial child protection conference (%)",
      kind: "line",
    },
    {
      from: "indicator",
      code: "cf-assessment-timeliness",
      label: "Child and family assessments on time (%)",
      kind: "line",
    },
  ],
  yAxisLabel: "%",
  what: "section 47 enquiries",
};

export const childProtectionPlansPanel: PanelDefinition = {
  id: "child-protection-plans",
  title: "Children on child protection plans at 31 March",
  series: [{ from: "indicator", code: "cpp-count", label: "Children on plans", kind: "bar" }],
  yAxisLabel: "Children",
  what: "child protection plans",
  compare: {
    code: "cpp-count",
    perTenThousandChildren: true,
    label: "Children on plans per 10,000 children",
    yAxisLabel: PER_10000,
  },
};

export const reReferralsPanel: PanelDefinition = {
  id: "re-referrals",
  title: "Re-referrals within 12 months",
  series: [{ from: "indicator", code: "cin-rereferral-rate", label: "Re-referrals", kind: "line" }],
  yAxisLabel: "Per cent of referrals",
  what: "re-referrals",
};

export const socialWorkerTurnoverPanel: PanelDefinition = {
  id: "social-worker-turnover",
  title: "Social worker turnover and agency workers",
  series: [
    { from: "indicator", code: "sw-turnover-rate", label: "Turnover", kind: "line" },
    { from: "indicator", code: "sw-agency-rate", label: "Agency workers", kind: "line" },
  ],
  yAxisLabel: "Per cent",
  what: "social worker turnover",
};

/** Every panel, in the order a report lists them. */
export const panelDefinitions: readonly PanelDefinition[] = [
  uascArrivalsPanel,
  uascCareLeaversPanel,
  claEntriesExitsPanel,
  claEntrantSharesPanel,
  claCountPanel,
  claRatePanel,
  placementStabilityPanel,
  contactsReferralsPanel,
  referralSourcesPanel,
  protectionRatesPanel,
  childProtectionPlansPanel,
  reReferralsPanel,
  socialWorkerTurnoverPanel,
];

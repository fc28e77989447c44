import type { PanelDefinition } from "./panelDefinition.ts";

export const claCountPanel: PanelDefinition = {
  id: "cla-count",
  title: "Full-time children looked after at 31 March",
  indicators: [{ code: "cla-count", label: "Children looked after", kind: "bar" }],
  yAxisLabel: "Children",
  what: "children looked after",
};

export const claRatePanel: PanelDefinition = {
  id: "cla-rate",
  title: "Children looked after per 10,000 children",
  indicators: [{ code: "cla-rate-per-10000", label: "Rate per 10,000 children", kind: "line" }],
  yAxisLabel: "Per 10,000 children",
  what: "the rate of children looked after",
};

export const placementStabilityPanel: PanelDefinition = {
  id: "placement-stability",
  title: "Placement stability",
  indicators: [
    { code: "cla-placements-3-or-more", label: "Three or more placements in the year", kind: "line" },
    { code: "cla-long-term-placement-stability", label: "Long-term placement stability", kind: "line" },
  ],
  yAxisLabel: "Per cent",
  what: "placement stability",
};

export const childProtectionPlansPanel: PanelDefinition = {
  id: "child-protection-plans",
  title: "Children on child protection plans at 31 March",
  indicators: [{ code: "cpp-count", label: "Children on plans", kind: "bar" }],
  yAxisLabel: "Children",
  what: "child protection plans",
};

export const reReferralsPanel: PanelDefinition = {
  id: "re-referrals",
  title: "Re-referrals within 12 months",
  indicators: [{ code: "cin-rereferral-rate", label: "Re-referrals", kind: "line" }],
  yAxisLabel: "Per cent of referrals",
  what: "re-referrals",
};

export const socialWorkerTurnoverPanel: PanelDefinition = {
  id: "social-worker-turnover",
  title: "Social worker turnover and agency workers",
  indicators: [
    { code: "sw-turnover-rate", label: "Turnover", kind: "line" },
    { code: "sw-agency-rate", label: "Agency workers", kind: "line" },
  ],
  yAxisLabel: "Per cent",
  what: "social worker turnover",
};

/**
 * What the "How we compare" page compares, as data: each row an indicator DfE publishes for every
 * council, in the order a councillor reads them. A new row is one line.
 */
export const comparisons: readonly { readonly code: string; readonly topic: string }[] = [
  { code: "cla-rate-per-10000", topic: "Children looked after" },
  { code: "cla-count", topic: "Children looked after" },
  { code: "cla-starts", topic: "Children looked after" },
  { code: "cla-ceased", topic: "Children looked after" },
  { code: "cla-placements-3-or-more", topic: "Children looked after" },
  { code: "cla-long-term-placement-stability", topic: "Children looked after" },
  { code: "cin-referrals", topic: "Referrals and child protection" },
  { code: "cin-rereferral-rate", topic: "Referrals and child protection" },
  { code: "cin-count", topic: "Referrals and child protection" },
  { code: "cpp-count", topic: "Referrals and child protection" },
  { code: "sw-fte", topic: "Social workers" },
  { code: "sw-turnover-rate", topic: "Social workers" },
  { code: "sw-agency-rate", topic: "Social workers" },
  { code: "sw-vacancy-rate", topic: "Social workers" },
  { code: "sw-caseload", topic: "Social workers" },
];

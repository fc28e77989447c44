/**
 * The headline figures the Cabinet report leads with, in the order councillors read them. Only
 * these are asked for: every indicator's series would be several times the answer.
 */
export const HEADLINES = [
  "uasc-arrivals",
  "cla-count",
  "cla-starts",
  "cla-ceased",
  "referrals",
  "cpp-count",
  "sw-vacancy-rate",
] as const;

/**
 * The words a council paper uses for the platform's measures, by indicator (and breakdown item):
 * what a figure in a sentence is taken to count. Longer phrases are tried first, so "UASC care
 * leavers" is not read as "care leavers" or "UASC".
 */
export interface ClaimTerm {
  readonly indicator: string;
  readonly breakdown?: string;
  readonly phrase: RegExp;
}

const term = (indicator: string, phrase: RegExp, breakdown?: string): ClaimTerm =>
  breakdown ? { indicator, breakdown, phrase } : { indicator, phrase };

export const CLAIM_TERMS: readonly ClaimTerm[] = [
  term("uasc-care-leavers", /\bUASC care leavers?\b/i),
  term("uasc-looked-after", /\b(?:number of )?UASC\b[^.;]{0,30}\blooked after\b/i),
  term("uasc-arrivals", /\b(?:UASC arrivals|arrivals of UASC|new UASC)\b/i),
  term(
    "lado-cases-reviewed",
    /\badvice and concern(?: cases)?\b|\b(?:were )?(?:reviewed|dealt with) under support and guidance\b/i,
    "advice-and-concern",
  ),
  term(
    "lado-cases-reviewed",
    /\ballegations?\b[^.;]{0,40}\bLADO\b|\bmet the threshold for LADO\b|\ballegations\b/i,
    "allegation",
  ),
  term("lado-establishments-reviewed", /\bestablishments\b/i),
  term("contacts", /\bcontacts?\b/i),
  term("referral-source-share", /\beducation\b/i, "education"),
  term("referral-source-share", /\bpolice\b/i, "police"),
  term("referral-source-share", /\bhealth(?: services)?\b/i, "health-services"),
  term("cin-rereferral-rate", /\bre-?referrals?\b/i),
  term("referrals", /\breferrals?\b/i),
  term("open-cases", /\bcases open\b|\bopen cases\b/i),
  term("cpp-count", /\bchild protection plans?\b/i),
  term("cla-starts", /\b(?:entering|coming into|came into|started to be looked after|new entrants)\b/i),
  term("cla-ceased", /\b(?:leaving care|left care|ceased to be looked after)\b/i),
  term("cla-count", /\bchildren (?:in care|looked after)\b|\blooked after children\b|\bCLA\b/i),
  term("sw-vacancy-rate", /\bvacancy rates?\b|\bvacancies\b/i),
  term("sw-turnover-rate", /\bturnover\b/i),
  term("sw-new-posts", /\bnew social work posts\b/i),
  term("sw-recruited-nqsw", /\bnewly qualified social workers\b|\bNQSWs?\b/i),
  term("sw-recruited-qualified", /\bqualified social workers\b/i),
  term("family-practitioners-recruited", /\bfamily practitioners\b/i),
  term("intensive-specialist-roles-recruited", /\bintensive and specialist roles\b/i),
  term("fostering-enquiries-change", /\bfostering enquiries\b|\benquiries\b/i),
  term("fostering-approvals-change", /\bapprovals\b/i),
  term("restorative-justice-children", /\brestorative justice\b/i),
  term("restorative-justice-reoffending-reduction", /\breoffending\b/i),
  term("sw-survey-responses", /\bsurvey responses\b|\bresponses to the survey\b/i),
  // "A total of 440 cases across 9 establishments", "Of those 440 cases": the LADO review's cases.
  term("lado-cases-reviewed", /(?<=\d )cases across\b|(?<=\bthose \d+ )cases\b/i),
];

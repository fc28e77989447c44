import { print } from "graphql";
import type { RawQuery } from "@csc/db";
import {
  ChoicesDocument,
  ComparableAreasDocument,
  CompareRowDocument,
  ExploreSeriesDocument,
  OverviewDocument,
  SeriesPanelDocument,
  SourcesDocument,
  WorkforceDocument,
} from "../../apps/dashboard/src/graphql/generated/graphql.ts";
import { HEADLINES } from "../../apps/dashboard/src/routes/overviewHeadlines.ts";
import { WORKFORCE_CODES } from "../../apps/dashboard/src/routes/workforceGroups.ts";
import * as sql from "./handWrittenSql.ts";

/** One request the dashboard makes, and the same information read with hand-written SQL. */
export interface DashboardRequest {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Sent with a reader's token: anonymous callers may not ask for every area at once. */
  readonly signedIn?: boolean;
  readonly baseline: (run: RawQuery) => Promise<unknown>;
}

const HAMPSHIRE = "E10000014";
/** The measure with the most figures across councils: every council, every year since 2013. */
const WIDEST_INDICATOR = "cpp-count";
const COMPARED_INDICATOR = "cin-rereferral-rate";

const first = async (rows: Promise<Record<string, unknown>[]>) => (await rows)[0] ?? null;

const ENTRIES_EXITS = ["cla-starts", "cla-ceased", "cla-net-change"];
const ENTRIES_COMPARED = "cla-starts-rate-per-10000";

/**
 * The dashboard's own documents (its generated code), with the variables its pages send for
 * Hampshire; and the two all-councils questions of the API that the Compare page's rows build on.
 */
export const dashboardRequests: readonly DashboardRequest[] = [
  {
    name: "Filter choices (every page)",
    query: print(ChoicesDocument),
    variables: {},
    baseline: (run) => first(run(sql.CHOICES, [])),
  },
  {
    name: "Council and its neighbours (every page)",
    query: print(ComparableAreasDocument),
    variables: { area: HAMPSHIRE },
    baseline: async (run) => ({ area: await first(run(sql.COMPARABLE_AREAS, [HAMPSHIRE])) }),
  },
  {
    name: "Overview page",
    query: print(OverviewDocument),
    variables: { codes: HEADLINES, area: HAMPSHIRE },
    baseline: async (run) => ({ indicators: await run(sql.SERIES, [HEADLINES, [HAMPSHIRE], true]) }),
  },
  {
    name: "Workforce page",
    query: print(WorkforceDocument),
    variables: { codes: WORKFORCE_CODES, area: HAMPSHIRE },
    baseline: async (run) => ({ indicators: await run(sql.SERIES, [WORKFORCE_CODES, [HAMPSHIRE], false]) }),
  },
  {
    name: "Entering and leaving care panel, compared",
    query: print(SeriesPanelDocument),
    variables: {
      codes: ENTRIES_EXITS,
      area: HAMPSHIRE,
      granularity: "PUBLISHED",
      comparing: true,
      compare: ENTRIES_COMPARED,
      perTenThousandChildren: false,
    },
    baseline: async (run) => {
      const [indicators, annotations, compared, benchmarkSeries] = await Promise.all([
        run(sql.SERIES, [ENTRIES_EXITS, [HAMPSHIRE], false]),
        run(sql.ANNOTATIONS, [HAMPSHIRE]),
        first(run(sql.SERIES, [[ENTRIES_COMPARED], [], true])),
        run(sql.BENCHMARK_SERIES, [ENTRIES_COMPARED, HAMPSHIRE]),
      ]);
      return { indicators, annotations, compared, benchmarkSeries };
    },
  },
  {
    name: "Compare page row",
    query: print(CompareRowDocument),
    variables: { code: COMPARED_INDICATOR, area: HAMPSHIRE },
    baseline: async (run) => ({
      benchmark: await first(run(sql.BENCHMARK, [COMPARED_INDICATOR, HAMPSHIRE])),
    }),
  },
  {
    name: "Sources page",
    query: print(SourcesDocument),
    variables: {},
    baseline: async (run) => ({ sources: await run(sql.SOURCES, []) }),
  },
  {
    name: `Explore: ${WIDEST_INDICATOR}, every area`,
    query: print(ExploreSeriesDocument),
    variables: { indicator: WIDEST_INDICATOR, areas: null, granularity: "PUBLISHED" },
    signedIn: true,
    baseline: async (run) => ({ indicator: await first(run(sql.SERIES, [[WIDEST_INDICATOR], null, false])) }),
  },
  {
    name: "Every council ranked",
    query: `query CouncilRanking($indicator: String!) { councilRanking(indicator: $indicator) { period { key label }
      england outOf councils { area { code name } value symbol rank quartile } } }`,
    variables: { indicator: COMPARED_INDICATOR },
    baseline: async (run) => ({ councilRanking: await run(sql.RANKING, [COMPARED_INDICATOR]) }),
  },
];

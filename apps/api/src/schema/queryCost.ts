import { GraphQLError } from "graphql";
import { indicatorCatalogue } from "@csc/domain";
import type { ApiContext } from "../context.ts";

/**
 * What a query may cost, counted before it runs: every field costs 1, and a list multiplies what
 * is selected inside it by how many items it can hold. The figures below are the largest lists
 * the data gives (England's 153 councils with their regions; a series of some 40 periods), so a
 * query is priced by what it could return, not by what it happens to return today.
 */
export const LIST_SIZES = {
  indicators: indicatorCatalogue.length,
  areas: 170,
  pointsPerSeries: 40,
  perPoint: 3,
} as const;

export interface QueryBudget {
  readonly anonymous: number;
  /** Callers with a token, who are known and can be asked to behave. */
  readonly signedIn: number;
}

/** The heaviest dashboard page (Overview) costs about 85,000. */
export const DEFAULT_QUERY_BUDGET: QueryBudget = { anonymous: 150_000, signedIn: 600_000 };

/** Cost of a series field: one series per area asked for, or per area held when none is named. */
export function seriesCost(args: { area?: string | null; areas?: readonly string[] | null }) {
  const areas = args.area ? 1 : args.areas?.length ? args.areas.length : LIST_SIZES.areas;
  return { field: 5, multiplier: areas };
}

/** Cost of a connection: its page size. */
export const pageCost = (defaultSize: number) => (args: { first?: number | null; last?: number | null }) => ({
  field: 2,
  multiplier: args.first ?? args.last ?? defaultSize,
});

export function queryBudget(context: ApiContext) {
  return { complexity: context.queryBudget };
}

export function queryTooComplex(
  kind: string,
  result: {
    complexity: number;
    depth: number;
    breadth: number;
    maxComplexity?: number;
    maxDepth?: number;
    maxBreadth?: number;
  },
): GraphQLError {
  const measure = kind.toLowerCase();
  const [found, limit] =
    measure === "depth"
      ? [result.depth, result.maxDepth]
      : measure === "breadth"
        ? [result.breadth, result.maxBreadth]
        : [result.complexity, result.maxComplexity];
  return new GraphQLError(
    `This query's ${measure === "complexity" ? "cost" : measure} is ${String(found)}; the limit for this caller is ${String(limit)}. Ask for fewer areas, indicators or fields at once, or page through them.`,
    { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } },
  );
}

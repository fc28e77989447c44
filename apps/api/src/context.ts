import type { PrismaClient, Visibility } from "@csc/db";
import { visibilityOf, type Viewer } from "./auth/viewer.ts";
import type { QueryBudget } from "./schema/queryCost.ts";

export interface ApiContext {
  readonly prisma: PrismaClient;
  readonly viewer: Viewer;
  readonly visibility: Visibility;
  /** Whether anonymous callers may read published figures (CSC_ANONYMOUS_READ). */
  readonly anonymousRead: boolean;
  /** What this request's query may cost (schema/queryCost.ts). */
  readonly queryBudget: number;
  /** The id this request is logged under (X-Request-Id). */
  readonly requestId: string;
}

export interface ReadingRules {
  readonly anonymousRead: boolean;
  readonly queryBudget: QueryBudget;
}

export function createContext(
  prisma: PrismaClient,
  viewer: Viewer,
  rules: ReadingRules,
  requestId = "none",
): ApiContext {
  return {
    prisma,
    viewer,
    visibility: visibilityOf(viewer),
    anonymousRead: rules.anonymousRead,
    queryBudget: viewer.role ? rules.queryBudget.signedIn : rules.queryBudget.anonymous,
    requestId,
  };
}

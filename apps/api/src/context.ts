import { IndicatorDirectory, type PrismaClient, type Visibility } from "@csc/db";
import { findIndicator, type Indicator } from "@csc/domain";
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
  /**
   * The indicators this reader may see, catalogue and imported, read once per request and only
   * when a field needs one the catalogue does not hold (or the whole list).
   */
  indicators(): Promise<IndicatorDirectory>;
  /** One indicator the reader may see: the catalogue's without a read, others from the directory. */
  indicator(code: string): Promise<Indicator | undefined>;
  /** The same, for a code a stored figure names, which the reader can see. */
  requireIndicator(code: string): Promise<Indicator>;
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
  const visibility = visibilityOf(viewer);
  let directory: Promise<IndicatorDirectory> | undefined;
  const indicators = () => (directory ??= IndicatorDirectory.read(prisma, visibility));
  return {
    prisma,
    viewer,
    visibility,
    indicators,
    indicator: async (code) => findIndicator(code) ?? (await indicators()).find(code),
    requireIndicator: async (code) => findIndicator(code) ?? (await indicators()).require(code),
    anonymousRead: rules.anonymousRead,
    queryBudget: viewer.role ? rules.queryBudget.signedIn : rules.queryBudget.anonymous,
    requestId,
  };
}

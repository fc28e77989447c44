import { existsSync } from "node:fs";
import path from "node:path";
import { pino, type Logger } from "pino";
import { projectPaths } from "@csc/db";
import { DEFAULT_QUERY_BUDGET, type QueryBudget } from "../schema/queryCost.ts";

export type Environment = "development" | "production";

export interface ApiConfig {
  readonly environment: Environment;
  readonly host: string;
  readonly port: number;
  /** Whether requests without a token may read published figures. */
  readonly anonymousRead: boolean;
  /** The dashboard's static build, served at / when it exists. */
  readonly dashboardDirectory: string | null;
  /** Seconds a CDN may keep an anonymous answer about published figures. */
  readonly publicMaxAge: number;
  /** GraphQL requests a minute from one client (a token, or an address for anonymous callers). */
  readonly rateLimitPerMinute: number;
  /** Express's "trust proxy": how many proxies in front may say who the client is; false for none. */
  readonly trustProxy: number | false;
  /** The largest answer sent, in bytes: well above any dashboard page's (about 0.25 MB). */
  readonly maxResponseBytes: number;
  /** What one query may cost, for anonymous callers and for callers with a token. */
  readonly queryBudget: QueryBudget;
  /**
   * Characters of whole answers kept in memory (answerCache.ts) for callers who cannot see
   * drafts; 0 keeps none.
   */
  readonly answerCacheBytes: number;
  /** Answers built at once (buildLimit.ts); more requests wait their turn. */
  readonly answersBuiltAtOnce: number;
  /** Where requests and errors are logged, as JSON lines. */
  readonly logger: Logger;
}

const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** A server on a free local port with the defaults, for servers started in code (tests, benchmarks). */
export const LOCAL_API_CONFIG: ApiConfig = {
  environment: "development",
  host: "127.0.0.1",
  port: 0,
  anonymousRead: true,
  dashboardDirectory: null,
  publicMaxAge: 300,
  rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
  trustProxy: false,
  maxResponseBytes: 8_000_000,
  queryBudget: DEFAULT_QUERY_BUDGET,
  answerCacheBytes: 64 * 1024 * 1024,
  answersBuiltAtOnce: 8,
  logger: pino({ level: "silent" }),
};

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false; got "${value}".`);
}

/** A whole number from the environment, within its range, or an error that says what it must be. */
function wholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  range: { min: number; max?: number; expected: string },
): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < range.min || value > (range.max ?? Number.MAX_SAFE_INTEGER))
    throw new Error(`${name} must be ${range.expected}; got "${env[name] ?? ""}".`);
  return value;
}

/**
 * Reads PORT, HOST, NODE_ENV, CSC_ANONYMOUS_READ, CSC_DASHBOARD_DIR, CSC_PUBLIC_MAX_AGE,
 * CSC_RATE_LIMIT, CSC_TRUST_PROXY, CSC_ANSWER_CACHE_MB, CSC_ANSWERS_AT_ONCE and LOG_LEVEL.
 */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = wholeNumber(env, "PORT", 4000, { min: 0, max: 65535, expected: "a port number" });
  const maxAge = wholeNumber(env, "CSC_PUBLIC_MAX_AGE", 300, { min: 0, expected: "whole seconds" });
  const rateLimit = wholeNumber(env, "CSC_RATE_LIMIT", DEFAULT_RATE_LIMIT_PER_MINUTE, {
    min: 1,
    expected: "a whole number of requests a minute",
  });
  const proxies = wholeNumber(env, "CSC_TRUST_PROXY", 0, {
    min: 0,
    expected: "the number of proxies in front of the API",
  });
  const answerCacheMegabytes = wholeNumber(env, "CSC_ANSWER_CACHE_MB", 64, {
    min: 0,
    expected: "whole megabytes (0 keeps no answers)",
  });
  const answersAtOnce = wholeNumber(env, "CSC_ANSWERS_AT_ONCE", LOCAL_API_CONFIG.answersBuiltAtOnce, {
    min: 1,
    expected: "a whole number of answers built at once, at least 1",
  });
  const dashboard = path.resolve(projectPaths.root, env.CSC_DASHBOARD_DIR ?? "apps/dashboard/dist");
  return {
    environment: env.NODE_ENV === "production" ? "production" : "development",
    host: env.HOST ?? "127.0.0.1",
    port,
    anonymousRead: flag(env.CSC_ANONYMOUS_READ, "CSC_ANONYMOUS_READ", true),
    dashboardDirectory: existsSync(path.join(dashboard, "index.html")) ? dashboard : null,
    publicMaxAge: maxAge,
    rateLimitPerMinute: rateLimit,
    trustProxy: proxies > 0 ? proxies : false,
    maxResponseBytes: LOCAL_API_CONFIG.maxResponseBytes,
    queryBudget: DEFAULT_QUERY_BUDGET,
    answerCacheBytes: answerCacheMegabytes * 1024 * 1024,
    answersBuiltAtOnce: answersAtOnce,
    // Production logs every request; a developer's terminal shows warnings and errors.
    logger: pino({ level: env.LOG_LEVEL ?? (env.NODE_ENV === "production" ? "info" : "warn") }),
  };
}

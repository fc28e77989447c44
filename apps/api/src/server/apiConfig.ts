import { existsSync } from "node:fs";
import path from "node:path";
import { projectPaths } from "@csc/db";

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
}

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false; got "${value}".`);
}

/** Reads PORT, HOST, NODE_ENV, CSC_ANONYMOUS_READ, CSC_DASHBOARD_DIR and CSC_PUBLIC_MAX_AGE. */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number; got "${env.PORT ?? ""}".`);
  const maxAge = Number(env.CSC_PUBLIC_MAX_AGE ?? 300);
  if (!Number.isInteger(maxAge) || maxAge < 0)
    throw new Error(`CSC_PUBLIC_MAX_AGE must be whole seconds; got "${env.CSC_PUBLIC_MAX_AGE ?? ""}".`);
  const dashboard = path.resolve(projectPaths.root, env.CSC_DASHBOARD_DIR ?? "apps/dashboard/dist");
  return {
    environment: env.NODE_ENV === "production" ? "production" : "development",
    host: env.HOST ?? "127.0.0.1",
    port,
    anonymousRead: flag(env.CSC_ANONYMOUS_READ, "CSC_ANONYMOUS_READ", true),
    dashboardDirectory: existsSync(path.join(dashboard, "index.html")) ? dashboard : null,
    publicMaxAge: maxAge,
  };
}

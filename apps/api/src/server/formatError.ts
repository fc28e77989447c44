import { unwrapResolverError } from "@apollo/server/errors";
import { PothosValidationError } from "@pothos/core";
import type { GraphQLFormattedError } from "graphql";
import type { Environment } from "./apiConfig.ts";

/** Codes whose messages are meant for the person who sent the request. */
const USER_FACING = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "RESPONSE_TOO_LARGE",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** What a caller is told of an error that is not its own mistake: only that it was logged, and as what. */
export function internalErrorMessage(requestId: string | null): string {
  return requestId
    ? `Something went wrong on the server. It has been logged as request ${requestId}.`
    : "Something went wrong on the server. It has been logged.";
}

export function isCallersMistake(code: unknown): boolean {
  return typeof code === "string" && USER_FACING.has(code);
}

/**
 * Outside development, anything that is not the caller's own mistake is reported without its
 * message, stack or SQL: those can reveal the database's structure. Developers see everything.
 */
export function formatErrorFor(environment: Environment) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo prefixes errors from building the request context (a refused token) with its own jargon.
    const message = raw.message.replace(/^Context creation failed: /, "");
    // Pothos refuses arguments it cannot read (a malformed global id) with its own error class.
    const formatted =
      unwrapResolverError(error) instanceof PothosValidationError
        ? { message, locations: raw.locations, path: raw.path, extensions: { code: "BAD_USER_INPUT" } }
        : { ...raw, message };
    if (environment === "development") return formatted;
    const code =
      typeof formatted.extensions?.code === "string" ? formatted.extensions.code : "INTERNAL_SERVER_ERROR";
    if (USER_FACING.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const requestId =
      typeof formatted.extensions?.requestId === "string" ? formatted.extensions.requestId : null;
    return {
      message: internalErrorMessage(requestId),
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId ? { requestId } : {}) },
    };
  };
}

import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { ApiContext } from "../context.ts";
import { isCallersMistake } from "./formatError.ts";

/** A request id the caller sent (from a proxy that logs it too) is kept when it is a sane token. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * Logs every request as one JSON line with its id, status and time, and tells the caller the id
 * in X-Request-Id, so a message about a failure can be matched to the log.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const sent = req.headers["x-request-id"];
      const id = typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    // Tokens are secrets; the rest of the request line is enough to follow a request.
    redact: ["req.headers.authorization", "req.headers.cookie"],
  });
}

/**
 * Every error that is not the caller's own mistake is logged with its stack and the request id,
 * and the id goes into the error's extensions so the message the caller sees can quote it.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue, request }) {
          for (const error of errors) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            if (isCallersMistake(error.extensions.code)) continue;
            logger.error(
              {
                err: unwrapResolverError(error),
                requestId: contextValue.requestId,
                path: error.path,
                operationName: request.operationName,
              },
              "GraphQL request failed",
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** The id requestLogging gave the request (always a string: genReqId makes it one). */
export function requestIdOf(req: IncomingMessage): string {
  return typeof req.id === "string" ? req.id : "unknown";
}

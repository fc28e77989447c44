import type { ApolloServerPlugin } from "@apollo/server";
import { OperationTypeNode } from "graphql";
import type { ApiContext } from "../context.ts";

/**
 * An anonymous answer about published figures is the same for everyone, so a CDN may keep it;
 * anything sent with a token, touching drafts, changing data or failing must not be shared.
 */
export function cacheHeadersPlugin(publicMaxAge: number): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response, operation }) {
          const succeeded = response.body.kind === "single" && !response.body.singleResult.errors;
          const shareable =
            operation?.operation === OperationTypeNode.QUERY &&
            contextValue.viewer.role === null &&
            !contextValue.visibility.seesDrafts &&
            succeeded &&
            publicMaxAge > 0;
          response.http.headers.set("vary", "Authorization");
          response.http.headers.set(
            "cache-control",
            shareable ? `public, max-age=${publicMaxAge}` : "private, no-store",
          );
          return Promise.resolve();
        },
      });
    },
  };
}

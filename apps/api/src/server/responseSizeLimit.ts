import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { describeBytes } from "@csc/domain";
import type { ApiContext } from "../context.ts";
import { answerText } from "./answerText.ts";

/**
 * The last line of defence after query costs: an answer larger than this is not sent. Costs are
 * estimates; this is the measured size.
 */
export function responseSizeLimitPlugin(maxBytes: number): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== "single") return Promise.resolve();
          const bytes = Buffer.byteLength(answerText(response.body.singleResult));
          if (bytes > maxBytes) {
            const error = new GraphQLError(
              `The answer would be ${describeBytes(bytes)}; answers are limited to ${describeBytes(maxBytes)}. Ask for fewer areas, indicators or fields at once, or page through them.`,
              { extensions: { code: "RESPONSE_TOO_LARGE" } },
            );
            response.body.singleResult = { errors: [error.toJSON()] };
            response.http.status = 400;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

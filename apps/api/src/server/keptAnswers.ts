import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
} from "@apollo/server";
import { answerTag } from "./answerTag.ts";
import { answerText, keptAnswer } from "./answerText.ts";
import type { KeptAnswerStore } from "./keptAnswerStore.ts";

export interface KeptAnswersOptions<C extends BaseContext> {
  /** Where the answers are kept; the HTTP server sends their compressed forms from there too. */
  readonly store: KeptAnswerStore;
  /** Names the question a request asks, or null when its answer may be neither read nor kept. */
  readonly keyFor: (request: GraphQLRequestContext<C>) => Promise<string | null>;
  /** Whether a request's own answer is to be kept: not one it was given by another request. */
  readonly keeps: (request: GraphQLRequestContext<C>) => boolean;
}

/**
 * Keeps whole answers, as the text that was sent, and sends that text again to whoever asks the
 * same question. An answer with errors (among them one refused as too large) is not kept.
 *
 * Hand-written in place of Apollo's response cache plugin, which keeps answers as text too but
 * parses the text back into objects on every use, to be written out again: for the 700 kB
 * every-area answer asked 80 times a second that took the API 70 MB over the memory it needs, and
 * two thirds of its throughput for that answer (79 rather than 251 a second on PostgreSQL with
 * every council, docs/benchmarks.md). Here a kept answer reaches Apollo as data standing for its own text
 * (answerText.ts), so nothing is parsed or written out again. A kept answer goes out tagged with
 * its question's key (answerTag.ts), by which the HTTP server finds its compressed forms.
 */
export function keptAnswers<C extends BaseContext>(options: KeptAnswersOptions<C>): ApolloServerPlugin<C> {
  const { store } = options;
  return {
    requestDidStart() {
      let unanswered: string | null = null;
      return Promise.resolve({
        async responseForOperation(request) {
          const key = await options.keyFor(request);
          if (key === null) return null;
          const text = store.text(key);
          if (text === undefined) {
            unanswered = key;
            return null;
          }
          return {
            body: { kind: "single", singleResult: keptAnswer(text) },
            http: { headers: new HeaderMap([["etag", answerTag(key)]]) },
          };
        },
        willSendResponse(request) {
          const { body } = request.response;
          const answer = body.kind === "single" ? body.singleResult : null;
          if (unanswered === null || !answer || answer.errors || !answer.data) return Promise.resolve();
          const text = answerText(answer);
          if (options.keeps(request)) store.keep(unanswered, text);
          // A request given the answer another was building sends the text that one kept: it
          // goes out under the same tag, and in the same compressed forms, as every later one.
          if (store.text(unanswered) === text)
            request.response.http.headers.set("etag", answerTag(unanswered));
          return Promise.resolve();
        },
      });
    },
  };
}

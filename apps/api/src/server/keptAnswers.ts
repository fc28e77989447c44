import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
} from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { answerText, keptAnswer } from "./answerText.ts";

export interface KeptAnswersOptions<C extends BaseContext> {
  /** How much answer text to keep, least recently used out first. */
  readonly maxBytes: number;
  /** How long an unused answer may be kept. */
  readonly lifetimeSeconds: number;
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
 * (answerText.ts), so nothing is parsed or written out again.
 */
export function keptAnswers<C extends BaseContext>(options: KeptAnswersOptions<C>): ApolloServerPlugin<C> {
  const store = new InMemoryLRUCache<string>({ maxSize: options.maxBytes });
  return {
    requestDidStart() {
      let unanswered: string | null = null;
      return Promise.resolve({
        async responseForOperation(request) {
          const key = await options.keyFor(request);
          if (key === null) return null;
          const text = await store.get(key);
          if (text === undefined) {
            unanswered = key;
            return null;
          }
          return {
            body: { kind: "single", singleResult: keptAnswer(text) },
            http: { headers: new HeaderMap() },
          };
        },
        async willSendResponse(request) {
          const { body } = request.response;
          if (unanswered === null || body.kind !== "single") return;
          const answer = body.singleResult;
          if (answer.errors || !answer.data || !options.keeps(request)) return;
          await store.set(unanswered, answerText(answer), { ttl: options.lifetimeSeconds });
        },
      });
    },
  };
}

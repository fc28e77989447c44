import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContext,
} from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";

/**
 * How long a request waits for the same question already being answered before answering it
 * itself, so that a request whose answer never arrives cannot hold the others up.
 */
const LONGEST_WAIT_MS = 30_000;

export interface AnswersInFlight<C extends BaseContext> {
  readonly plugin: ApolloServerPlugin<C>;
  /** Whether this request was given another's answer rather than building its own. */
  readonly tookAnotherAnswer: (context: C) => boolean;
}

/**
 * Requests asking a question that is already being answered wait for that answer instead of
 * building it again. When fifty councillors open a page the moment a release is published, the
 * answer is built once rather than fifty times at once, which is where the API's time and memory
 * under load went. `keyFor` says which requests may share (null: never) and names the question;
 * an answer with errors is not shared, and those waiting for it answer for themselves.
 *
 * Hand-written: neither Apollo Server nor its response cache has a way to share an answer still
 * being built.
 */
export function answersInFlight<C extends BaseContext>(
  keyFor: (request: GraphQLRequestContext<C>) => string | null,
): AnswersInFlight<C> {
  const building = new Map<string, Promise<FormattedExecutionResult | null>>();
  const followers = new WeakSet<C>();

  const waitFor = (answer: Promise<FormattedExecutionResult | null>) => {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        resolve(null);
      }, LONGEST_WAIT_MS);
      timer.unref();
    });
    return Promise.race([answer, giveUp]).finally(() => {
      clearTimeout(timer);
    });
  };

  const plugin: ApolloServerPlugin<C> = {
    requestDidStart() {
      let finish: ((answer: FormattedExecutionResult | null) => void) | null = null;
      const share = (answer: FormattedExecutionResult | null) => {
        finish?.(answer);
        finish = null;
      };
      return Promise.resolve({
        async responseForOperation(request) {
          const key = keyFor(request);
          if (key === null) return null;
          const pending = building.get(key);
          if (pending) {
            const answer = await waitFor(pending);
            if (!answer) {
              // Given up on: the next request with this question builds its own answer.
              if (building.get(key) === pending) building.delete(key);
              return null;
            }
            followers.add(request.contextValue);
            return { body: { kind: "single", singleResult: answer }, http: { headers: new HeaderMap() } };
          }
          let resolve: (answer: FormattedExecutionResult | null) => void = () => undefined;
          building.set(
            key,
            new Promise((r) => {
              resolve = r;
            }),
          );
          finish = (answer) => {
            building.delete(key);
            resolve(answer);
          };
          return null;
        },
        didEncounterErrors() {
          share(null);
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const answer = response.body.kind === "single" ? response.body.singleResult : null;
          share(answer && !answer.errors && answer.data ? answer : null);
          return Promise.resolve();
        },
      });
    },
  };
  return { plugin, tookAnotherAnswer: (context) => followers.has(context) };
}

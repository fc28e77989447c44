import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Semaphore } from "async-mutex";

/**
 * At most `answersAtOnce` answers are built at once; further requests wait their turn, in order.
 * Each answer being built holds its rows and objects until it is sent, so fifty councils' worth
 * of every-area requests built together took the API to nearly 1 GB; a few at a time use both
 * cores as fully and hold a few answers' memory. Kept answers, and answers shared with a request
 * already building them, are not built and do not wait.
 */
export function buildLimitPlugin<C extends BaseContext>(answersAtOnce: number): ApolloServerPlugin<C> {
  const building = new Semaphore(answersAtOnce);
  return {
    requestDidStart() {
      let release: (() => void) | null = null;
      const done = () => {
        release?.();
        release = null;
      };
      return Promise.resolve({
        async executionDidStart() {
          [, release] = await building.acquire();
          return {
            executionDidEnd() {
              done();
              return Promise.resolve();
            },
          };
        },
        // Also here, for a request whose execution did not get as far as ending.
        willSendResponse() {
          done();
          return Promise.resolve();
        },
      });
    },
  };
}

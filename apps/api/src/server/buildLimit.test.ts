import { ApolloServer } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { buildLimitPlugin } from "./buildLimit.ts";

/** A server whose one field takes a while, counting how many are being worked out at once. */
function slowServer(answersAtOnce: number | null) {
  let now = 0;
  let most = 0;
  const server = new ApolloServer({
    typeDefs: "type Query { slow(n: Int!): Int! broken: Int! }",
    resolvers: {
      Query: {
        slow: async (_: unknown, { n }: { n: number }) => {
          most = Math.max(most, ++now);
          await new Promise((resolve) => setTimeout(resolve, 20));
          now--;
          return n;
        },
        broken: () => {
          throw new Error("broken");
        },
      },
    },
    plugins: answersAtOnce === null ? [] : [buildLimitPlugin(answersAtOnce)],
  });
  return { server, most: () => most };
}

const ask = (server: ApolloServer, query: string) =>
  server
    .executeOperation({ query })
    .then((response) => (response.body.kind === "single" ? response.body.singleResult : null));

describe("answers built at once", () => {
  it("are at most the limit; the other requests wait their turn and are all answered", async () => {
    for (const [limit, expected] of [
      [2, 2],
      [null, 6],
    ] as const) {
      const { server, most } = slowServer(limit);
      await server.start();
      const answers = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((n) => ask(server, `{ slow(n: ${String(n)}) }`)),
      );
      expect(answers.map((a) => a?.data)).toEqual([1, 2, 3, 4, 5, 6].map((n) => ({ slow: n })));
      expect(most()).toBe(expected);
      await server.stop();
    }
  });

  it("are not held up by a request whose answer failed", async () => {
    const { server } = slowServer(1);
    await server.start();
    const failed = await ask(server, "{ broken }");
    expect(failed?.errors?.[0]?.message).toBe("broken");
    expect((await ask(server, "{ slow(n: 7) }"))?.data).toEqual({ slow: 7 });
    await server.stop();
  });
});

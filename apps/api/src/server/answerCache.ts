import { OperationTypeNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { readDataVersion } from "@csc/db";
import type { ApiContext } from "../context.ts";
import { answersInFlight } from "./answersInFlight.ts";

/**
 * How long a kept answer may live. Answers are keyed by the data version, so a change to the
 * figures is seen at once whatever this is; it only bounds how long unused answers hold memory.
 */
const ANSWER_LIFETIME_SECONDS = 3_600;

/** Only callers who cannot see drafts share answers: one author's draft never reaches another reader. */
const sharesAnswers = (context: ApiContext) => !context.visibility.seesDrafts;

/**
 * The data version each shared request is answered under; null when it could not be read (the
 * database is down, say), so that request neither reads nor keeps answers and fails as it would.
 */
const versions = new WeakMap<ApiContext, string | null>();

async function versionFor(context: ApiContext): Promise<string | null> {
  let version: string | null = null;
  try {
    version = await readDataVersion(context.prisma);
  } catch {
    // The resolvers meet the same failure, and it is logged and reported there.
  }
  versions.set(context, version);
  return version;
}

const usesKeptAnswers = (context: ApiContext) =>
  sharesAnswers(context) && (versions.get(context) ?? null) !== null;

/**
 * Keeps whole answers to queries (Apollo's response cache, in memory, least recently used out
 * first), keyed by the query, its variables, the caller (all an answer may say about them: role
 * and token name) and the data version, so the same question about unchanged figures is answered
 * without reading or building anything again; a question asked while the same one is being
 * answered waits for that answer. Up to `maxBytes` of answers; 0 keeps and shares none.
 */
export function answerCachePlugins(maxBytes: number): ApolloServerPlugin<ApiContext>[] {
  if (maxBytes <= 0) return [ApolloServerPluginCacheControlDisabled()];
  // Apollo's cache-control plugin would time every field to find the shortest lifetime; no field
  // here needs one of its own, so the whole answer gets the one lifetime, set once per request.
  // The HTTP headers are cacheHeaders.ts's to set.
  const everyAnswerKeepable: ApolloServerPlugin<ApiContext> = {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ overallCachePolicy }) {
          overallCachePolicy.replace({ maxAge: ANSWER_LIFETIME_SECONDS, scope: "PUBLIC" });
          return Promise.resolve();
        },
      }),
  };
  const inFlight = answersInFlight<ApiContext>(({ contextValue, operation, source, request }) =>
    operation?.operation === OperationTypeNode.QUERY && usesKeptAnswers(contextValue)
      ? JSON.stringify([
          source,
          request.operationName ?? null,
          request.variables ?? {},
          contextValue.viewer,
          versions.get(contextValue),
        ])
      : null,
  );
  const keepsItsAnswer = (context: ApiContext) =>
    usesKeptAnswers(context) && !inFlight.tookAnotherAnswer(context);
  return [
    ApolloServerPluginCacheControlDisabled(),
    everyAnswerKeepable,
    responseCachePlugin<ApiContext>({
      cache: new InMemoryLRUCache({ maxSize: maxBytes }),
      extraCacheKeyData: async ({ contextValue }) =>
        sharesAnswers(contextValue)
          ? { viewer: contextValue.viewer, dataVersion: await versionFor(contextValue) }
          : null,
      shouldReadFromCache: ({ contextValue }) => Promise.resolve(usesKeptAnswers(contextValue)),
      shouldWriteToCache: ({ contextValue }) => Promise.resolve(keepsItsAnswer(contextValue)),
    }),
    // After the response cache, so a kept answer is used before waiting for one being built.
    inFlight.plugin,
  ];
}

import { createHash } from "node:crypto";
import { OperationTypeNode } from "graphql";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { readDataVersion } from "@csc/db";
import type { ApiContext } from "../context.ts";
import { answersInFlight } from "./answersInFlight.ts";
import { keptAnswerStore, type KeptAnswerStore } from "./keptAnswerStore.ts";
import { keptAnswers } from "./keptAnswers.ts";
import { sharedReads } from "./sharedReads.ts";

/**
 * How long a kept answer may live. Answers are keyed by the data version, so a change to the
 * figures is seen at once whatever this is; it only bounds how long unused answers hold memory.
 */
const ANSWER_LIFETIME_SECONDS = 3_600;

/** Only callers who cannot see drafts share answers: one author's draft never reaches another reader. */
const sharesAnswers = (context: ApiContext) => !context.visibility.seesDrafts;

/** One shared read of the data version per database client (sharedReads.ts). */
const versionReads = new WeakMap<ApiContext["prisma"], () => Promise<string>>();

/**
 * The data version a shared request is answered under; null when it could not be read (the
 * database is down, say), so that request neither reads nor keeps answers and fails as it would.
 */
async function versionFor(context: ApiContext): Promise<string | null> {
  let read = versionReads.get(context.prisma);
  if (!read) versionReads.set(context.prisma, (read = sharedReads(() => readDataVersion(context.prisma))));
  try {
    return await read();
  } catch {
    // The resolvers meet the same failure, and it is logged and reported there.
    return null;
  }
}

/** Each shared request's question, named once for the kept answers and the answers in flight. */
const questions = new WeakMap<ApiContext, string>();

async function questionOf({
  contextValue,
  operation,
  queryHash,
  source,
  request,
}: GraphQLRequestContext<ApiContext>): Promise<string | null> {
  if (operation?.operation !== OperationTypeNode.QUERY || !sharesAnswers(contextValue)) return null;
  const version = await versionFor(contextValue);
  if (version === null) return null;
  const question = createHash("sha256")
    .update(
      // Apollo has already hashed the query's text (SHA-256): the key need not carry it again.
      JSON.stringify([
        queryHash ?? source,
        request.operationName ?? null,
        request.variables ?? {},
        contextValue.viewer,
        version,
      ]),
    )
    .digest("base64url");
  questions.set(contextValue, question);
  return question;
}

/** Where up to `maxBytes` of answers are kept; null for 0, which keeps and shares none. */
export const answerStoreOf = (maxBytes: number): KeptAnswerStore | null =>
  maxBytes > 0 ? keptAnswerStore({ maxBytes, lifetimeSeconds: ANSWER_LIFETIME_SECONDS }) : null;

/**
 * Keeps whole answers to queries in `store`, keyed by the query, its variables, the caller (all
 * an answer may say about them: role and token name) and the data version, so the same question
 * about unchanged figures is answered without reading or building anything again; a question
 * asked while the same one is being answered waits for that answer. With no store, every answer
 * is built afresh.
 */
export function answerCachePlugins(store: KeptAnswerStore | null): ApolloServerPlugin<ApiContext>[] {
  // Apollo's cache-control plugin would time every field to find the shortest lifetime; no field
  // here needs one, and the HTTP headers are cacheHeaders.ts's to set.
  if (store === null) return [ApolloServerPluginCacheControlDisabled()];
  const inFlight = answersInFlight<ApiContext>(({ contextValue }) => questions.get(contextValue) ?? null);
  return [
    ApolloServerPluginCacheControlDisabled(),
    keptAnswers<ApiContext>({
      store,
      keyFor: questionOf,
      keeps: ({ contextValue }) => !inFlight.tookAnotherAnswer(contextValue),
    }),
    // After the kept answers, so a kept answer is used before waiting for one being built.
    inFlight.plugin,
  ];
}

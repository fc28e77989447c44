import { GraphQLError } from "graphql";
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { getDatamodel, type PothosPrismaTypes } from "@csc/db";
import type { ApiContext } from "./context.ts";
import { checkGlobalIds, MAX_NODES_PER_REQUEST } from "./schema/globalIds.ts";
import { queryBudget, queryTooComplex } from "./schema/queryCost.ts";

/**
 * The one schema builder. Each topic registers its types and fields in its own file under
 * schema/; schema/index.ts imports them all and builds the schema.
 */
export const builder = new SchemaBuilder<{
  Context: ApiContext;
  PrismaTypes: PothosPrismaTypes;
  AuthScopes: { reader: boolean; author: boolean; admin: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [
    ScopeAuthPlugin,
    ComplexityPlugin,
    ErrorsPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ValidationPlugin,
  ],
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: queryBudget,
    complexityError: queryTooComplex,
  },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      reader: context.viewer.role !== null || context.anonymousRead,
      author: context.viewer.role === "author" || context.viewer.role === "admin",
      admin: context.viewer.role === "admin",
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer.role === null
        ? new GraphQLError("Send an API token: this server does not answer this request without one.", {
            extensions: { code: "UNAUTHENTICATED" },
          })
        : new GraphQLError(`A token with the ${context.viewer.role} role may not do this.`, {
            extensions: { code: "FORBIDDEN" },
          }),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "Anything that can be fetched again by its global id with `node(id:)`." },
    idFieldOptions: { description: "A global id: pass it to `node(id:)` to fetch this again." },
    nodeQueryOptions: {
      description: "Anything with a global id, fetched by that id; null when there is none you may see.",
      args: { id: { description: "A global id from an `id` field." } },
      resolve: (_root, { id }, _context, _info, resolveNode) => {
        checkGlobalIds([id]);
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description: `Several things with global ids, fetched by those ids (at most ${String(MAX_NODES_PER_REQUEST)}); null for each there is none of that you may see.`,
      args: { ids: { description: "Global ids from `id` fields." } },
      resolve: (_root, { ids }, _context, _info, resolveNodes) => {
        checkGlobalIds(ids);
        return resolveNodes(ids);
      },
    },
    pageInfoTypeOptions: { description: "Where a page sits in the whole list, for asking for the next one." },
    hasNextPageFieldOptions: {
      description: "Whether there are more after this page: ask again with `after: endCursor`.",
    },
    hasPreviousPageFieldOptions: { description: "Whether there are more before this page." },
    startCursorFieldOptions: { description: "The cursor of the first item on this page." },
    endCursorFieldOptions: {
      description: "The cursor of the last item on this page: pass it as `after` for the next.",
    },
    defaultConnectionTypeOptions: { description: "One page of a list." },
    defaultEdgeTypeOptions: { description: "One item on a page, with its cursor." },
    cursorFieldOptions: { description: "Where this item is in the list, for paging." },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The items on this page, in order." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
  },
  errors: {
    defaultTypes: [],
    defaultResultOptions: { description: "The change made: its result is in `data`." },
    defaultUnionOptions: { description: "Either the change made, or why it could not be made." },
  },
  validation: {
    // The caller's mistake, so its message must survive production error masking.
    validationError: (result) =>
      new GraphQLError(result.issues.map((issue) => issue.message).join("; "), {
        extensions: { code: "BAD_USER_INPUT" },
      }),
  },
});

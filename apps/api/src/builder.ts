import { GraphQLError } from "graphql";
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { getDatamodel, type PothosPrismaTypes } from "@csc/db";
import type { ApiContext } from "./context.ts";

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
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin],
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
  },
  errors: {
    defaultTypes: [],
  },
  validation: {
    // The caller's mistake, so its message must survive production error masking.
    validationError: (result) =>
      new GraphQLError(result.issues.map((issue) => issue.message).join("; "), {
        extensions: { code: "BAD_USER_INPUT" },
      }),
  },
});

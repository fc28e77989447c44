import { GraphQLError } from "graphql";

/** The types `node(id:)` and `nodes(ids:)` can fetch, each with the form of its database id. */
const NODE_ID_FORMS: ReadonlyMap<string, RegExp> = new Map([["Observation", /^[1-9]\d{0,8}$/]]);

/** How many ids one `nodes(ids:)` call may ask for: enough for a page of figures, no more. */
export const MAX_NODES_PER_REQUEST = 100;

export interface GlobalId {
  readonly typename: string;
  readonly id: string;
}

/**
 * A well-formed id of a type that is not fetchable, or whose key is not a number, is the caller's
 * mistake: it is refused with BAD_USER_INPUT rather than failing inside the database.
 */
export function checkGlobalIds(ids: readonly GlobalId[]): void {
  if (ids.length > MAX_NODES_PER_REQUEST)
    throw new GraphQLError(
      `Ask for at most ${String(MAX_NODES_PER_REQUEST)} ids at once; this asked for ${String(ids.length)}. Page through figures with observations(first:, after:) instead.`,
      { extensions: { code: "BAD_USER_INPUT" } },
    );
  const invalid = ids.filter((id) => !NODE_ID_FORMS.get(id.typename)?.test(id.id));
  if (invalid.length > 0)
    throw new GraphQLError(
      `Not an id this API issues: ${invalid
        .slice(0, 5)
        .map((id) => `${id.typename}:${id.id}`)
        .join(", ")}. Use the id field of a figure.`,
      { extensions: { code: "BAD_USER_INPUT" } },
    );
}

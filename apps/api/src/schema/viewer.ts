import { builder } from "../builder.ts";

const RoleEnum = builder.enumType("Role", {
  description: "What an API token may do.",
  values: {
    VIEWER: { value: "viewer", description: "Read published figures." },
    AUTHOR: { value: "author", description: "Also see draft releases, and load and publish figures." },
    ADMIN: { value: "admin", description: "Everything an author may do, and manage the platform." },
  } as const,
});

builder.queryField("viewer", (t) =>
  t.field({
    type: builder
      .objectRef<{
        role: "viewer" | "author" | "admin" | null;
        tokenName: string | null;
        seesDrafts: boolean;
      }>("Viewer")
      .implement({
        description: "Who the API takes you to be.",
        fields: (f) => ({
          role: f.expose("role", {
            type: RoleEnum,
            nullable: true,
            description: "Null when no token was sent.",
          }),
          tokenName: f.exposeString("tokenName", {
            nullable: true,
            description: "The name the token was created with.",
          }),
          seesDrafts: f.exposeBoolean("seesDrafts", {
            description: "Whether draft releases' figures are included in answers.",
          }),
        }),
      }),
    description: "The role of the token the request was sent with, if any.",
    resolve: (_root, _args, context) => ({ ...context.viewer, seesDrafts: context.visibility.seesDrafts }),
  }),
);

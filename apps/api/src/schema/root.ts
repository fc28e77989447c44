import { builder } from "../builder.ts";

builder.queryType({
  description: "Read figures, their sources and their history.",
  // Anonymous callers read published figures unless CSC_ANONYMOUS_READ=false.
  authScopes: { reader: true },
});

builder.mutationType({
  description: "Change data. Needs an API token with the author or admin role.",
  authScopes: { author: true },
});

import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for every query in src/, generated from the API's committed schema. */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string", DateTime: "string" } },
    },
  },
};

export default config;

import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // Node resolves graphql to its CommonJS build, and so do the Pothos and Apollo packages Vitest
    // leaves to Node; Vite would give this project's own files the ESM build, a second copy whose
    // classes fail graphql's instanceof checks. One copy for all.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve("graphql")) }],
  },
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    // Tests start the real server on a fresh database.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    // One copy of graphql for the API under test; see apps/api/vitest.config.ts.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve("graphql")) }],
  },
  test: {
    name: "e2e",
    include: ["e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "importer",
    include: ["src/**/*.test.ts"],
    // Database tests create, migrate and drop real databases.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    // Tests start the real server on a fresh database.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

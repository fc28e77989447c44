import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths } from "@csc/db";
import { createApiToken } from "./auth/apiTokens.ts";
import { startTestApi, type TestApi } from "./testing/testApi.ts";

const examples = async () => {
  const text = await readFile(path.join(projectPaths.root, "docs", "api.md"), "utf8");
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
};

describe("docs/api.md", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite");
  });
  afterAll(() => api.stop());

  it("has examples that the API answers without errors", async () => {
    const queries = await examples();
    expect(queries.length).toBeGreaterThanOrEqual(6);
    const { token } = await createApiToken(api.db.prisma, "docs", "author");
    const release = await api.db.prisma.release.findFirstOrThrow();
    for (const query of queries) {
      const { body } = await api.graphql(query, { token, variables: { id: release.id } });
      expect(body.errors, query.split("\n")[0]).toBeUndefined();
    }
  });

  it("states figures that the examples really give", async () => {
    const [uasc, care, recruitment] = await examples();
    const uascAnswer = (await api.graphql(uasc ?? "")).body.data;
    expect(uascAnswer?.byYear.series[0].points.map((p: { value: number }) => p.value)).toEqual([95, 31, 29]);
    const net = (await api.graphql(care ?? "")).body.data?.net.series[0].points;
    const year = net.find((p: { period: { label: string } }) => p.period.label === "2020-21");
    expect(year.value).toBe(54);
    expect(year.disagreements).toEqual([
      {
        formatted: "67",
        source: { citation: "Sum of the 4 published figures for Apr–Jun 2020 to Jan–Mar 2021" },
      },
    ]);
    const workforce = (await api.graphql(recruitment ?? "")).body.data?.indicators;
    const formatted = (code: string) =>
      workforce.find((i: { code: string }) => i.code === code).series[0].points[0].formatted;
    expect(formatted("sw-vacancy-rate")).toBe("around 13.0%");
    expect(formatted("sw-recruited-qualified")).toBe("over 300");
  });
});

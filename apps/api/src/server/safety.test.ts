import { createHash } from "node:crypto";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends } from "@csc/db";
import { createApiToken } from "../auth/apiTokens.ts";
import { startTestApi, type TestApi } from "../testing/testApi.ts";
import { LOCAL_API_CONFIG } from "./apiConfig.ts";
import { queryLimits, startApiServer } from "./startApiServer.ts";

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe.each(testBackends)("a production server on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend, { environment: "production" });
  });
  afterAll(() => api.stop());

  it("reports that it is up and that its database answers", async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("sends answers compressed and unindented", async () => {
    const query = "{ areas { code name } }";
    const brotli = await post(api.url, { query }, { "accept-encoding": "br, gzip" });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    const text = await brotli.text();
    expect(text.startsWith('{"data":{"areas":[{"code":')).toBe(true);
    const gzip = await post(api.url, { query }, { "accept-encoding": "gzip" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(text);
  });

  it("refuses a query nested deeper than the limit", async () => {
    const nested = "parent { ".repeat(queryLimits.maxDepth) + "code" + " }".repeat(queryLimits.maxDepth);
    const { status, body } = await api.graphql(`{ area(code: "E10000014") { ${nested} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Query depth limit of 12 exceeded/);
    expect(body.data).toBeUndefined();
  });

  it("prices lists by their size: refuses with a 400 that says why, and answers a dashboard-sized query", async () => {
    // What once returned 19 MB in 9 to 13 seconds and held up every other request.
    const heavy = Array.from(
      { length: 20 },
      (_, i) =>
        `a${String(i)}: indicators { series { points { value sources { title } disagreements { value } revisions { value } } } }`,
    ).join(" ");
    const refused = await api.graphql(`{ ${heavy} }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX" } });
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^This query's cost is \d+; the limit for this caller is 150000\. Ask for fewer areas/,
    );
    const dashboard = await api.graphql(`{ indicators { code name unit series(area: "E10000014") {
      area { code name } points { period { key label } value symbol formatted change { absolute percent } sources { title citation } } } } }`);
    expect(dashboard.body.errors).toBeUndefined();
  });

  it("refuses a query over the token limit, and one that does not parse, as the caller's mistake (400)", async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `a${String(i)}: topics { code }`).join(" ");
    const tooLong = await api.graphql(`{ ${many} }`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_PARSE_FAILED" } });
    expect(tooLong.body.errors?.[0]?.message).toMatch(/Document contains more tha[nt] 5000 tokens/);
    const includes = Array.from({ length: 1000 }, () => "@include(if: true)").join(" ");
    const directives = await api.graphql(`{ topics ${includes} { code } }`);
    expect(directives.status).toBe(400);
    const broken = await api.graphql("{ topics {");
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]).toMatchObject({ extensions: { code: "GRAPHQL_PARSE_FAILED" } });
  });

  it("refuses too many aliases and batched requests", async () => {
    const aliases = Array.from(
      { length: queryLimits.maxAliases + 1 },
      (_, i) => `a${i}: topics { code }`,
    ).join(" ");
    const aliased = await api.graphql(`{ ${aliases} }`);
    expect(aliased.body.errors?.[0]?.message).toMatch(/Aliases limit of 20 exceeded/);
    const batch = await post(api.url, [{ query: "{ topics { code } }" }, { query: "{ topics { name } }" }]);
    expect(batch.status).toBe(400);
    expect(await batch.text()).toMatch(/batch/i);
  });

  it("refuses a body over the size limit, and one that is not JSON, saying why", async () => {
    const large = await post(api.url, {
      query: `{ topics { code } } # ${"x".repeat(queryLimits.bodyBytes)}`,
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "The request body is larger than this server accepts: 100000 bytes, or for authors importing files 35052534 bytes.",
    );
    const broken = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ nope",
    });
    expect(broken.status).toBe(400);
  });

  it("keeps the schema to itself: no introspection and no field suggestions", async () => {
    const introspection = await api.graphql("{ __schema { types { name } } }");
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await api.graphql("{ topicz { code } }");
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("hides internal errors from clients, and logs each with the request id the client is told", async () => {
    const doomed = await createTestDatabase(backend);
    const log: Record<string, unknown>[] = [];
    const server = await startApiServer(doomed.prisma, {
      ...LOCAL_API_CONFIG,
      environment: "production",
      anonymousRead: true,
      logger: pino(
        { level: "info" },
        { write: (line: string) => log.push(JSON.parse(line) as Record<string, unknown>) },
      ),
    });
    try {
      await doomed.destroy();
      const response = await post(server.url, { query: '{ area(code: "E10000014") { name } }' });
      const requestId = response.headers.get("x-request-id") ?? "";
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        data: { area: null },
        errors: [
          {
            message: `Something went wrong on the server. It has been logged as request ${requestId}.`,
            path: ["area"],
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
          },
        ],
      });
      expect(text).not.toMatch(/prisma|select|stack|\.ts:/i);
      const logged = log.find((entry) => entry.msg === "GraphQL request failed");
      expect(logged).toMatchObject({ level: 50, requestId, path: ["area"] });
      expect(JSON.stringify(logged?.err)).toMatch(/stack/);
      expect(log.find((entry) => entry.msg === "request completed")).toMatchObject({
        req: { id: requestId },
      });
      // Checking a token needs the database too: that failure is outside GraphQL, and handled alike.
      const withToken = await post(
        server.url,
        { query: "{ topics { code } }" },
        { authorization: "Bearer csc_secret-token" },
      );
      const tokenRequestId = withToken.headers.get("x-request-id") ?? "";
      expect(withToken.status).toBe(500);
      expect(await withToken.json()).toEqual({
        errors: [
          {
            message: `Something went wrong on the server. It has been logged as request ${tokenRequestId}.`,
            extensions: { code: "INTERNAL_SERVER_ERROR", requestId: tokenRequestId },
          },
        ],
      });
      expect(log.find((entry) => entry.msg === "request failed")).toMatchObject({
        req: { id: tokenRequestId },
      });
      expect(JSON.stringify(log)).not.toContain("csc_secret-token");
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it("serves a landing page that needs no internet", async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>CSC Insight GraphQL API</h1>");
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!HOST)/);
  });

  it("lets a CDN keep anonymous answers about published figures, and nothing sent with a token", async () => {
    const anonymous = await api.graphql("{ topics { code } }");
    expect(anonymous.headers.get("cache-control")).toBe("public, max-age=300");
    expect(anonymous.headers.get("vary")).toMatch(/Authorization/i);
    const { token } = await createApiToken(api.db.prisma, "cache test", "viewer");
    const withToken = await api.graphql("{ topics { code } }", { token });
    expect(withToken.headers.get("cache-control")).toBe("private, no-store");
    const failed = await api.graphql("{ topicz { code } }");
    expect(failed.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers persisted queries sent with GET, so they can be cached", async () => {
    const query = '{ indicator(code: "cla-count") { name } }';
    const extensions = JSON.stringify({
      persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") },
    });
    const get = (params: Record<string, string>) =>
      fetch(`${api.url}/graphql?${new URLSearchParams(params).toString()}`, {
        headers: { "apollo-require-preflight": "true" },
      });
    const unknown = await get({ extensions });
    expect(
      ((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await get({ query, extensions })).status).toBe(200);
    const byHash = await get({ extensions });
    expect(await byHash.json()).toEqual({ data: { indicator: { name: "Children looked after" } } });
    expect(byHash.headers.get("cache-control")).toBe("public, max-age=300");
    const withoutPreflight = await fetch(`${api.url}/graphql?${new URLSearchParams({ query }).toString()}`);
    expect(withoutPreflight.status).toBe(400);
  });
});

describe("a development server", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite", { environment: "development" });
  });
  afterAll(() => api.stop());

  it("allows introspection for GraphQL tools", async () => {
    const { body } = await api.graphql('{ __type(name: "SeriesPoint") { fields { name } } }');
    expect(body.data?.__type.fields.map((f: { name: string }) => f.name)).toContain("revisions");
  });
});

describe("limits per client and per answer", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite", { rateLimitPerMinute: 5 });
  });
  afterAll(() => api.stop());

  it("limits requests per client, counting each token apart from anonymous callers", async () => {
    const token = (await createApiToken(api.db.prisma, "Analyst", "viewer")).token;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await api.graphql("{ topics { code } }")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(api.url, { query: "{ topics { code } }" });
    expect(limited.headers.get("ratelimit-policy")).toMatch(/q=5; w=60/);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.json()).toEqual({
      errors: [
        {
          message: "Too many requests: at most 5 a minute from one client. Try again in a minute.",
          extensions: { code: "TOO_MANY_REQUESTS" },
        },
      ],
    });
    expect((await api.graphql("{ topics { code } }", { token })).status).toBe(200);
  });
});

describe("the size of an answer", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite", { maxResponseBytes: 2_000 });
  });
  afterAll(() => api.stop());

  it("refuses an answer larger than the limit with a 400 that says so, and sends smaller ones", async () => {
    expect((await api.graphql("{ topics { code } }")).status).toBe(200);
    const large = await api.graphql(
      '{ indicator(code: "referrals-by-source") { series(area: "E10000014") { points { value formatted } } } }',
    );
    expect(large.status).toBe(400);
    expect(large.headers.get("cache-control")).toBe("private, no-store");
    expect(large.body.errors?.[0]).toMatchObject({ extensions: { code: "RESPONSE_TOO_LARGE" } });
    expect(large.body.errors?.[0]?.message).toMatch(
      /^The answer would be \d+ kB; answers are limited to 2 kB\. Ask for fewer/,
    );
  });
});

describe("headers a browser acts on", () => {
  let api: TestApi;
  let dashboard: string;
  beforeAll(async () => {
    dashboard = await mkdtemp(path.join(tmpdir(), "csc-dashboard-"));
    await mkdir(path.join(dashboard, "assets"));
    await writeFile(path.join(dashboard, "index.html"), "<!doctype html><title>CSC Insight</title>");
    await writeFile(path.join(dashboard, "assets", "index-abc123.js"), "export {};");
    await writeFile(path.join(dashboard, "assets", "index-abc123.js.map"), "{}");
    // The build's compressed forms say something else, so a test can tell them from compressing
    // the script as it is sent.
    const script = "export const chart = 'drawn';\n".repeat(100);
    const built = "export const compressedBy = 'the build';\n".repeat(100);
    await writeFile(path.join(dashboard, "assets", "chart-def456.js"), script);
    await writeFile(path.join(dashboard, "assets", "chart-def456.js.br"), brotliCompressSync(built));
    await writeFile(path.join(dashboard, "assets", "chart-def456.js.gz"), gzipSync(built));
    api = await startTestApi("pglite", { environment: "production", dashboardDirectory: dashboard });
  });
  afterAll(async () => {
    await api.stop();
    await rm(dashboard, { recursive: true, force: true });
  });

  it("sends a content security policy and the other security headers on pages and API answers", async () => {
    for (const response of [
      await fetch(`${api.url}/`),
      await fetch(`${api.url}/uasc`),
      await post(api.url, { query: "{ topics { code } }" }),
    ]) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
    const landing = await fetch(`${api.url}/graphql`, { headers: { accept: "text/html" } });
    expect(landing.headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; style-src 'sha256-[\w+/=]+'/,
    );
  });

  it("has browsers check the page with the server each time, keeps built files for a year, and hides source maps", async () => {
    expect((await fetch(`${api.url}/`)).headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${api.url}/children-looked-after`)).headers.get("cache-control")).toBe("no-cache");
    const script = await fetch(`${api.url}/assets/index-abc123.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${api.url}/assets/index-abc123.js.map`)).status).toBe(404);
  });

  it("sends the build's own Brotli or gzip form of a script, for as long as the script itself", async () => {
    const asBrowsersAsk = await fetch(`${api.url}/assets/chart-def456.js`, {
      headers: { "accept-encoding": "gzip, deflate, br, zstd" },
    });
    const gzipOnly = await fetch(`${api.url}/assets/chart-def456.js`, {
      headers: { "accept-encoding": "gzip" },
    });
    for (const [response, encoding] of [
      [asBrowsersAsk, "br"],
      [gzipOnly, "gzip"],
    ] as const) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript; charset=utf-8$/i);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(await response.text()).toMatch(/^export const compressedBy = 'the build';/);
    }
    const plain = await fetch(`${api.url}/assets/chart-def456.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toMatch(/^export const chart = 'drawn';/);
  });
});

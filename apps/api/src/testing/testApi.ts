import { createTestDatabase, type ClientOptions, type TestBackend, type TestDatabase } from "@csc/db";
import { loadRelease, readCsv, readFiguresCsv, seedDatabase, type ReleaseDetails } from "@csc/importer";
import { referenceAreas } from "@csc/domain";
import { LOCAL_API_CONFIG, type ApiConfig } from "../server/apiConfig.ts";
import { startApiServer } from "../server/startApiServer.ts";

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
  };
}

export interface TestApi {
  readonly db: TestDatabase;
  readonly url: string;
  graphql<T = Record<string, any>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string },
  ): Promise<GraphqlResponse<T>>;
  /** Loads extra figures (the figures-CSV columns) as a release, for tests of revisions and drafts. */
  load(details: Partial<ReleaseDetails>, ...lines: string[]): Promise<void>;
  stop(): Promise<void>;
}

const FIGURES_HEADER =
  "indicator,area,period,breakdown,value,qualifier,numerator,denominator,source,citation";

/** A real API server on a free port, over a fresh database holding the seed figures. */
export async function startTestApi(
  backend: TestBackend,
  config: Partial<ApiConfig> = {},
  clientOptions: ClientOptions = {},
): Promise<TestApi> {
  const db = await createTestDatabase(backend, clientOptions);
  await seedDatabase(db.prisma);
  const server = await startApiServer(db.prisma, { ...LOCAL_API_CONFIG, ...config });
  let checksum = 0;
  return {
    db,
    url: server.url,
    async graphql(query, { variables, token } = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphqlResponse<never>["body"],
      };
    },
    async load(details, ...lines) {
      const sources = await db.prisma.source.findMany({ select: { key: true } });
      const records = readFiguresCsv(
        readCsv("test.csv", new TextEncoder().encode([FIGURES_HEADER, ...lines].join("\n"))),
        {
          areaCodes: new Set(referenceAreas.map((area) => area.code)),
          sourceKeys: new Set(sources.map((source) => source.key)),
        },
      );
      await db.prisma.$transaction((tx) =>
        loadRelease(
          tx,
          {
            dataset: "test",
            checksum: `test-${++checksum}`,
            createdBy: "test",
            status: "published",
            ...details,
          },
          records,
        ),
      );
    },
    async stop() {
      await server.close();
      await db.destroy();
    },
  };
}
export { createApiToken } from "../auth/apiTokens.ts";

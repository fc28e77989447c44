import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { LOCAL_API_CONFIG } from "../server/apiConfig.ts";
import { startApiServer } from "../server/startApiServer.ts";
import { startTestApi, type TestApi } from "../testing/testApi.ts";
import { createApiToken, revokeApiToken } from "./apiTokens.ts";

const OCT_DEC_2018 = `{ indicator(code: "uasc-arrivals") {
  series(area: "E10000014", from: "2018-10-01", to: "2021-06-30") {
    points { period { label } value revisions { value symbol release { version status } replacedIn { version } } } } } }`;

describe.each(testBackends)("tokens, roles and drafts on %s", (backend) => {
  let api: TestApi;
  let viewer: string;
  let author: string;
  let draftId: number;
  beforeAll(async () => {
    api = await startTestApi(backend);
    viewer = (await createApiToken(api.db.prisma, "Panel clerk", "viewer")).token;
    author = (await createApiToken(api.db.prisma, "Insight officer", "author")).token;
    // A draft correcting Oct-Dec 2018 and adding a quarter.
    await api.load(
      { dataset: "seed/hcc-cabinet-2021-12-07-safeguarding", status: "draft" },
      'uasc-arrivals,E10000014,Oct-Dec 2018,,16,,,,hcc-cabinet-2021-12-07-safeguarding,"Table ""Hampshire UASC Arrivals"" (after para 20), row ""Quarterly Data"", column ""Oct-Dec 2018"""',
      "uasc-arrivals,E10000014,Apr-Jun 2021,,5,,,,hcc-cabinet-2021-12-07-safeguarding,test",
    );
    draftId = (await api.db.prisma.release.findFirstOrThrow({ where: { status: "draft" } })).id;
  });
  afterAll(() => api.stop());

  const points = async (token?: string) => {
    const { body } = await api.graphql(OCT_DEC_2018, { token });
    return body.data?.indicator.series[0].points as {
      period: { label: string };
      value: number;
      revisions: unknown[];
    }[];
  };

  it("shows anonymous callers and viewers the published figures only", async () => {
    for (const token of [undefined, viewer]) {
      const seen = await points(token);
      expect(seen[0]).toEqual({ period: { label: "Oct–Dec 2018" }, value: 17, revisions: [] });
      expect(seen.map((p) => p.period.label)).not.toContain("Apr–Jun 2021");
    }
    const { body } = await api.graphql(
      `{ releases { edges { node { status } } } observations(filter: { release: ${draftId} }) { totalCount } }`,
      { token: viewer },
    );
    expect(body.data?.releases.edges.map((e: { node: { status: string } }) => e.node.status)).not.toContain(
      "DRAFT",
    );
    expect(body.data?.observations.totalCount).toBe(0);
  });

  it("shows authors the draft figures, with the value they correct", async () => {
    const seen = await points(author);
    expect(seen[0]).toEqual({
      period: { label: "Oct–Dec 2018" },
      value: 16,
      revisions: [
        { value: 17, symbol: null, release: { version: 1, status: "PUBLISHED" }, replacedIn: { version: 2 } },
      ],
    });
    expect(seen.at(-1)?.period.label).toBe("Apr–Jun 2021");
    const { body } = await api.graphql(
      `{ viewer { role tokenName seesDrafts } releases { edges { node { status } } } }`,
      { token: author },
    );
    expect(body.data?.viewer).toEqual({ role: "AUTHOR", tokenName: "Insight officer", seesDrafts: true });
    expect(body.data?.releases.edges[0].node.status).toBe("DRAFT");
  });

  it("lets only authors and admins publish", async () => {
    const publish = `mutation($id: Int!) { publishRelease(id: $id) {
      __typename ... on MutationPublishReleaseSuccess { data { version status } } ... on ReleaseActionError { message } } }`;
    const anonymous = await api.graphql(publish, { variables: { id: draftId } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const asViewer = await api.graphql(publish, { variables: { id: draftId }, token: viewer });
    expect(asViewer.body.errors?.[0]).toMatchObject({
      message: "A token with the viewer role may not do this.",
      extensions: { code: "FORBIDDEN" },
    });
    const published = await api.graphql(publish, { variables: { id: draftId }, token: author });
    expect(published.body.data?.publishRelease).toEqual({
      __typename: "MutationPublishReleaseSuccess",
      data: { version: 2, status: "PUBLISHED" },
    });
    const again = await api.graphql(publish, { variables: { id: draftId }, token: author });
    expect(again.body.data?.publishRelease).toEqual({
      __typename: "ReleaseActionError",
      message: `Release ${draftId} is already published.`,
    });
  });

  it("shows everyone the correction once it is published, keeping the old value", async () => {
    const seen = await points();
    expect(seen[0]).toEqual({
      period: { label: "Oct–Dec 2018" },
      value: 16,
      revisions: [
        { value: 17, symbol: null, release: { version: 1, status: "PUBLISHED" }, replacedIn: { version: 2 } },
      ],
    });
  });

  it("refuses a token that is unknown, malformed or revoked, rather than treating it as anonymous", async () => {
    const unknown = await api.graphql("{ topics { code } }", { token: "csc_not-a-real-token" });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: "The API token is not valid or has been revoked.",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const malformed = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: "{ topics { code } }" }),
    });
    expect(malformed.status).toBe(401);
    await revokeApiToken(api.db.prisma, "Panel clerk");
    const revoked = await api.graphql("{ topics { code } }", { token: viewer });
    expect(revoked.status).toBe(401);
    const stored = await api.db.prisma.apiToken.findMany({ select: { tokenHash: true } });
    expect(stored.map((t) => t.tokenHash)).not.toContain(author);
  });

  it("can refuse anonymous reading altogether while tokens still work", async () => {
    const closed = await startApiServer(api.db.prisma, {
      ...LOCAL_API_CONFIG,
      environment: "production",
      anonymousRead: false,
    });
    try {
      const ask = (token?: string) =>
        fetch(`${closed.url}/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query: '{ indicator(code: "cla-count") { name } }' }),
        }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }>);
      expect((await ask()).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      expect((await ask(author)).data).toEqual({ indicator: { name: "Children looked after" } });
    } finally {
      await closed.close();
    }
  });
});

import {
  execute,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testBackends } from "@csc/db";
import { handWorkedExtract, importFiles } from "@csc/importer";
import { createContext } from "../context.ts";
import { schema } from "../schema/index.ts";
import { startTestApi, type TestApi } from "../testing/testApi.ts";
import type { Viewer } from "./viewer.ts";

/**
 * A draft that corrects a published figure (Hampshire's 1,738 children looked after at 31 March
 * 2025 becomes 4,321), gives the first figure for a council with none yet (Rutland), and is loaded
 * by a token named after a person. Each marker below is something only the draft holds.
 */
const HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000";
const DRAFT_FILE = [
  HEADER,
  "2025,Reporting year,Local authority,E92000001,England,E12000008,South East,850,Hampshire,E10000014,Children looked after on 31 March each year,288730,4321,149.7",
  "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,857,Rutland,E06000017,Children looked after on 31 March each year,654321,777,11.9",
].join("\n");
/** A table no mapping describes: its indicator and breakdown exist only because of the draft. */
const DRAFT_GENERIC_FILE = [
  "time_period,time_identifier,geographic_level,country_code,country_name,widget_kind,secret_widgets",
  "2025,Reporting year,National,E92000001,England,Blue,17",
  "2025,Reporting year,National,E92000001,England,Total,17",
].join("\n");
const DRAFT_MARKERS = [
  "secret_widgets",
  // An SSDA903 extract counted for Rutland: its source exists only because of the draft.
  "ssda903-E06000017",
  "Rutland's children looked after case records",
  "Draft widgets",
  "Blue",
  "4321",
  "4,321",
  "654321",
  "149.7",
  "Jo Secret",
  '"DRAFT"',
];

/**
 * The walk answers every query field with every field beneath it, comparisons of every council
 * included: tens of seconds on a loaded machine, far more than a reader's request.
 */
const WALK_TIMEOUT = 240_000;

const readers: [string, Viewer][] = [
  ["an anonymous caller", { role: null, tokenName: null }],
  ["a viewer", { role: "viewer", tokenName: "Panel clerk" }],
];
const author: Viewer = { role: "author", tokenName: "Jo Secret" };

/** Arguments for fields that need them, chosen to point at the draft; several sets where useful. */
function argumentSets(parent: string, field: string, draftIds: readonly string[]): string[] {
  // A few of each draft's figures: every one would make the walk long, and nodes(ids:) takes 100.
  const ids = JSON.stringify([...draftIds.slice(0, 3), ...draftIds.slice(-3)]);
  const sets: Record<string, string[]> = {
    "Query.indicator": ['(code: "cla-count")', '(code: "draft_widgets.secret_widgets")'],
    "Query.area": ['(code: "E06000017")', '(code: "E12000008")'],
    "Query.areas": ["", "(level: LOCAL_AUTHORITY)"],
    "Query.source": [
      '(key: "dfe-children-looked-after")',
      '(key: "ees/draft_widgets")',
      '(key: "ssda903-E06000017")',
    ],
    "Query.node": [`(id: ${JSON.stringify(draftIds[0])})`],
    "Query.nodes": [`(ids: ${ids})`],
    "Query.observations": [
      "",
      '(filter: { indicator: "cla-count", areas: ["E10000014", "E06000017"], includeSuperseded: true }, first: 500)',
      '(filter: { indicator: "cla-count", areas: ["E10000014", "E06000017"] }, first: 500)',
    ],
    "Query.annotations": [""],
    "Query.dataQualityIssues": ["", '(indicator: "cla-count", area: "E10000014")'],
    "Query.indicators": ['(search: "looked after")', ""],
    "Query.benchmark": [
      '(indicator: "cla-count", area: "E10000014", period: "2025-03-31")',
      '(indicator: "cla-count", area: "E06000017")',
      '(indicator: "draft_widgets.secret_widgets", area: "E92000001")',
    ],
    "Query.benchmarkSeries": [
      '(indicator: "cla-count", area: "E10000014")',
      '(indicator: "cla-count", area: "E06000017")',
    ],
    "Indicator.benchmark": ['(area: "E10000014", period: "2025-03-31")'],
    "Query.councilRanking": ['(indicator: "cla-count", period: "2025-03-31")', '(indicator: "cla-count")'],
    "Indicator.series": ['(areas: ["E10000014", "E06000017"], from: "2024-01-01")', '(from: "2024-01-01")'],
    "Source.figures": ["(last: 500)"],
    // A paper stating another figure: only authors are told the draft's 4,321 is held.
    "Query.checkPaper": [
      '(text: "5. The number of children looked after at 31 March 2025 was 1,000.", area: "E10000014")',
    ],
  };
  return sets[`${parent}.${field}`] ?? [""];
}

/** Every field of every type reachable from one query field. */
function selectionOf(type: GraphQLNamedType, path: readonly string[], draftIds: readonly string[]): string {
  if (isLeafType(type)) return "";
  if (isInterfaceType(type)) {
    const implementations = schema.getPossibleTypes(type);
    return `{ __typename ${implementations
      .map((impl) => `... on ${impl.name} ${selectionOf(impl, path, draftIds)}`)
      .join(" ")} }`;
  }
  if (!isObjectType(type)) return "{ __typename }";
  const fields = Object.values(type.getFields()).flatMap((field) =>
    fieldSelections(type.name, field, path, draftIds),
  );
  return `{ __typename ${fields.join(" ")} }`;
}

function fieldSelections(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  path: readonly string[],
  draftIds: readonly string[],
): string[] {
  const target = getNamedType(field.type);
  // Each type once on a path, so the walk ends; areas twice, to reach a region's children.
  const visits = target.name === "Area" ? 2 : 1;
  if (!isLeafType(target) && path.filter((name) => name === target.name).length >= visits) return [];
  const required = field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const sets = argumentSets(parent, field.name, draftIds);
  if (required && sets.every((set) => set === ""))
    throw new Error(`No arguments for ${parent}.${field.name}`);
  const inner =
    isLeafType(target) || isEnumType(target) ? "" : selectionOf(target, [...path, target.name], draftIds);
  return sets.map((args, i) => `${field.name}_${String(i)}: ${field.name}${args} ${inner}`);
}

describe.each(testBackends)("drafts on every query field on %s", (backend) => {
  let api: TestApi;
  let draftIds: string[];
  beforeAll(async () => {
    api = await startTestApi(backend);
    await importFiles(
      api.db.prisma,
      [
        { name: "cla_number_and_rate_per_10k_children.csv", bytes: new TextEncoder().encode(DRAFT_FILE) },
        { name: "draft_widgets_2025.csv", bytes: new TextEncoder().encode(DRAFT_GENERIC_FILE) },
      ],
      { createdBy: "Jo Secret" },
    );
    await importFiles(api.db.prisma, handWorkedExtract(), { createdBy: "Jo Secret", area: "E06000017" });
    const draft = await api.db.prisma.observation.findMany({
      where: { release: { status: "draft" } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    draftIds = draft.map((o) => Buffer.from(`Observation:${String(o.id)}`).toString("base64"));
  });
  afterAll(() => api.stop());

  const answer = async (field: GraphQLField<unknown, unknown>, viewer: Viewer) => {
    const query = `{ ${fieldSelections("Query", field, ["Query"], draftIds).join(" ")} }`;
    const result = await execute({
      schema,
      document: parse(query),
      contextValue: createContext(api.db.prisma, viewer, {
        anonymousRead: true,
        // The walk asks for everything at once, far over any caller's budget, on purpose.
        queryBudget: { anonymous: Infinity, signedIn: Infinity },
      }),
    });
    return { text: JSON.stringify(result), errors: result.errors ?? [] };
  };

  const queryFields = () => Object.values(schema.getQueryType()?.getFields() ?? {});

  it(
    "lets authors see every marker of the draft, so the walk reaches the draft",
    async () => {
      const seen = new Set<string>();
      for (const field of queryFields()) {
        const { text, errors } = await answer(field, author);
        expect(errors.map((e) => `${field.name}: ${e.message}`)).toEqual([]);
        for (const marker of DRAFT_MARKERS) if (text.includes(marker)) seen.add(marker);
        for (const id of draftIds) if (text.includes(id)) seen.add("draft id");
      }
      expect([...seen].sort()).toEqual([...DRAFT_MARKERS, "draft id"].sort());
    },
    WALK_TIMEOUT,
  );

  it.each(readers)(
    "shows %s no trace of the draft in any query field",
    async (_who, viewer) => {
      for (const field of queryFields()) {
        const { text, errors } = await answer(field, viewer);
        expect(errors.map((e) => `${field.name}: ${e.message}`)).toEqual([]);
        const leaked = [...DRAFT_MARKERS, ...draftIds].filter((marker) => text.includes(marker));
        expect(leaked, `Query.${field.name} shows the draft`).toEqual([]);
      }
    },
    WALK_TIMEOUT,
  );

  it("answers node(id:) for a draft figure with null over HTTP, and refuses ids it never issues", async () => {
    const { body } = await api.graphql(`query($id: ID!) { node(id: $id) { id } }`, {
      variables: { id: draftIds[0] },
    });
    expect(body).toEqual({ data: { node: null } });
    for (const id of [
      "not-base64!",
      Buffer.from("Area:E10000014").toString("base64"),
      Buffer.from("Observation:abc").toString("base64"),
    ]) {
      const refused = await api.graphql(`query($id: ID!) { node(id: $id) { id } }`, { variables: { id } });
      expect(refused.body.errors?.[0]?.extensions?.code, id).toBe("BAD_USER_INPUT");
    }
  });

  it("caps nodes(ids:) at 100 ids", async () => {
    const ids = Array.from({ length: 101 }, (_, i) =>
      Buffer.from(`Observation:${String(i + 1)}`).toString("base64"),
    );
    const { body } = await api.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      variables: { ids },
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(body.errors?.[0]?.message).toMatch(/at most 100 ids/);
  });

  it("shows a council's first figure once the draft is published, and not before", async () => {
    const query = '{ indicator(code: "cla-count") { series(area: "E06000017") { points { value } } } }';
    expect((await api.graphql(query)).body.data).toEqual({ indicator: { series: [] } });
    const draft = await api.db.prisma.release.findFirstOrThrow({ where: { status: "draft" } });
    const { publishRelease } = await import("@csc/importer");
    await publishRelease(api.db.prisma, draft.id);
    expect((await api.graphql(query)).body.data).toEqual({
      indicator: { series: [{ points: [{ value: 777 }] }] },
    });
  });
});

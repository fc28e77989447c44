import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPaths, testBackends } from "@csc/db";
import { startTestApi, type TestApi } from "../testing/testApi.ts";

const CHECK = `query($text: String!, $area: String!) {
  checkPaper(text: $text, area: $area) {
    claims { quote paragraph offset kind status reason indicator { code } breakdownItem
      figure { value formatted } held { value formatted period { key } sources } } } }`;

/** Paragraphs of the Cabinet report of 7 December 2021 and of the panel pack of 6 February 2023, as published. */
const CABINET = [
  "1. The purpose of this report is to provide an annual update to Cabinet on safeguarding children activity within Children's Services during 2020/21.",
  "28. The total number of contacts as at 31 March 2021 (126,153) is 7.6% higher than the total received at 31 March 2019 (117,188), which was 11% higher than the previous year (77,934). The 2020-21 is a 62% increase on the 2015-16 number.",
  "34. With regards to children in care, the number has increased by 54 (3%) over the last 12 months.",
].join("\n");
const PANEL_PACK = [
  "9. Regarding the second action relating to the LADO, an initial trawl of the records identified 134 allegations and 307 advice and concern cases.",
  "9. Of those 440 cases, 134 met the threshold for LADO (Working Together to Safeguard Children 2018) and 306 were reviewed under support and guidance.",
].join("\n");

interface Claim {
  quote: string;
  paragraph: string;
  offset: number;
  status: string;
  reason: string | null;
  held: { value: number; formatted: string; period: { key: string } | null; sources: string[] } | null;
}

describe.each(testBackends)("checking a paper's figures on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api.stop());

  const check = async (text: string, area = "E10000014") => {
    const { body } = await api.graphql(CHECK, { variables: { text, area } });
    expect(body.errors).toBeUndefined();
    return (body.data as { checkPaper: { claims: Claim[] } }).checkPaper.claims;
  };

  it("confirms the Cabinet report's 126,153 and 117,188, and flags para 28's 77,934 and the 11% worked from it", async () => {
    const claims = await check(CABINET);
    const byQuote = (quote: string) => claims.find((c) => c.quote === quote);
    expect(byQuote("126,153")).toMatchObject({
      status: "MATCHES",
      paragraph: "para 28",
      held: { value: 126153 },
    });
    expect(byQuote("117,188")).toMatchObject({ status: "MATCHES", held: { period: { key: "FY2018-19" } } });
    expect(byQuote("7.6%")).toMatchObject({ status: "MATCHES" });
    const wrong = byQuote("77,934");
    expect(wrong).toMatchObject({ status: "DIFFERS", held: { value: 106010, period: { key: "FY2017-18" } } });
    expect(wrong?.reason).toMatch(
      /^held as 106,010 for 2017-18 \(Annual Safeguarding Report – Children's Services 2020-21: Table "Contacts and Referrals"/,
    );
    expect(byQuote("11%")).toMatchObject({ status: "DIFFERS" });
    expect(byQuote("11%")?.reason).toMatch(
      /117,188 against 77,934 is 50\.4%, not 11%; with the figures held \(117,188 and 106,010\) it is 10\.5%/,
    );
    // 2015-16 contacts are not held, so the 62% cannot be told.
    expect(byQuote("62%")).toMatchObject({ status: "UNKNOWN" });
    expect(byQuote("54")).toMatchObject({
      status: "MATCHES",
      reason: "from 1,602 (at 31 March 2020) to 1,656 (at 31 March 2021)",
    });
    expect(byQuote("3%")).toMatchObject({ status: "MATCHES" });
    // Offsets point at the figure in the text sent, to mark it in place.
    expect(CABINET.slice(wrong?.offset ?? 0).startsWith("77,934")).toBe(true);
  });

  it("flags the panel pack's LADO advice count, given as 307 in one paragraph and 306 in another", async () => {
    const claims = await check(PANEL_PACK);
    const advice = claims.filter((c) => c.quote === "307" || c.quote === "306");
    expect(advice.map((c) => c.status).sort()).toEqual(["DIFFERS", "MATCHES"]);
    for (const claim of advice) expect(claim.reason).toMatch(/the paper also gives 30[67] \(para 9\) for it/);
    expect(claims.find((c) => c.quote === "440")).toMatchObject({ status: "MATCHES" });
  });

  it("checks against the chosen council's figures, and refuses an unknown area", async () => {
    const claims = await check(CABINET, "E09000012");
    expect(claims.find((c) => c.quote === "126,153")).toMatchObject({ status: "UNKNOWN" });
    const { body } = await api.graphql(CHECK, { variables: { text: CABINET, area: "E99999999" } });
    expect(body.errors?.[0]?.message).toBe("The platform holds no area with that code.");
  });
});

const reportsDirectory =
  process.env.CSC_SEED_REPORTS_DIR ?? path.join(projectPaths.root, "..", "shared", "seeds");

describe.skipIf(!existsSync(reportsDirectory))("checking the seed papers whole", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi("pglite");
  });
  afterAll(() => api.stop());

  it.each([
    ["004_56d6c5731dd86a7b.txt", ["11%", "77,934"]],
    ["001_f5c039f6b21faffc.txt", ["306"]],
  ])("flags in %s exactly what is wrong", async (file, flagged) => {
    const text = await readFile(path.join(reportsDirectory, file), "utf8");
    const { body } = await api.graphql(CHECK, { variables: { text, area: "E10000014" } });
    expect(body.errors).toBeUndefined();
    const claims = (body.data as { checkPaper: { claims: Claim[] } }).checkPaper.claims;
    const differs = claims.filter((c) => c.status === "DIFFERS");
    // For the closing note: what the check makes of the whole paper.
    console.log(
      `${file}: ${String(claims.length)} figures; matches: ${claims
        .filter((c) => c.status === "MATCHES")
        .map((c) => `${c.quote} (${c.paragraph})`)
        .join(
          ", ",
        )}; differs: ${differs.map((c) => `${c.quote} (${c.paragraph}): ${c.reason ?? ""}`).join(" | ")}; unknown: ${claims
        .filter((c) => c.status === "UNKNOWN")
        .map((c) => `${c.quote} (${c.paragraph}): ${c.reason ?? ""}`)
        .join(" | ")}`,
    );
    expect(differs.map((c) => c.quote)).toEqual(flagged);
  });
});

import { isoDate, type IsoDate } from "@csc/domain";
import type { ImportFile } from "../import/readImportFile.ts";

/** Deterministic pseudo-random numbers, so that every run counts the same extract. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2019, 3, 1);
const LAST = Date.UTC(2021, 2, 31);
const isoOf = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);
const ukOf = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const PLACES = ["U1", "U2", "U3", "U4", "U5", "U6", "R1", "K2", "P1", "H5"] as const;

/**
 * A made-up SSDA903 extract of `episodes` episodes over April 2019 to March 2021: children in
 * care for a while, moving placement or legal status (X1 then P, T or L), some leaving and coming
 * back, none overlapping; about one in ten is UASC. For the benchmark of counting and loading.
 */
export function generateCareExtract(episodes: number): ImportFile[] {
  const random = randomNumbers(903);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const header = ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"];
  const rows = [
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
  ];
  const uasc = ["CHILD,SEX,DOB,DUC"];
  for (let child = 100_000; rows.length <= episodes; child++) {
    header.push(`${String(child)},${random() < 0.5 ? "1" : "2"},01/01/2010,WBRI,,,`);
    if (random() < 0.1) uasc.push(`${String(child)},1,01/01/2005,${random() < 0.5 ? "" : "01/01/2023"}`);
    let start = FIRST + Math.floor(random() * (LAST - FIRST - 60 * DAY));
    let reason = "S";
    while (rows.length <= episodes) {
      const end = start + Math.floor(10 + random() * 200) * DAY;
      const open = end > LAST;
      const leaves = !open && random() < 0.3;
      const cells = [
        String(child),
        ukOf(isoOf(start)),
        reason,
        pick(["C2", "C1", "V2", "E1"]),
        "N1",
        pick(PLACES),
        "PR1",
      ];
      rows.push(
        [
          ...cells,
          open ? "" : ukOf(isoOf(end)),
          open ? "" : leaves ? pick(["E11", "E12", "E13", "E41"]) : "X1",
          "",
          "",
          "",
          "",
        ].join(","),
      );
      if (open) break;
      if (leaves) {
        // Some come back into care later; most do not.
        if (random() < 0.7) break;
        start = end + Math.floor(30 + random() * 90) * DAY;
        if (start > LAST) break;
        reason = "S";
      } else {
        start = end;
        reason = pick(["P", "T", "L"]);
      }
    }
  }
  // Its latest date: a child leaving care on 31 March 2021, so that the year is whole.
  header.push("999999,1,01/01/2010,WBRI,,,");
  rows.push(`999999,01/03/2021,S,C2,N1,U1,PR1,${ukOf(isoDate(2021, 3, 31))},E11,,,,`);
  const file = (name: string, lines: readonly string[]): ImportFile => ({
    name,
    bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
  });
  return [file("header.csv", header), file("episodes.csv", rows), file("uasc.csv", uasc)];
}

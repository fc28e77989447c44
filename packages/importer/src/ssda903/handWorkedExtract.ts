import type { ImportFile } from "../import/readImportFile.ts";

/**
 * A small SSDA903 extract whose figures were worked out by hand (financial year 2020-21; see
 * countCareFigures.test.ts for the story of each child), for tests of the import and of the
 * dashboard. Letters stand for children: the extract is made up.
 */
export const HAND_WORKED_EPISODES: readonly string[] = [
  "A,10/04/2020,S,C2,N1,P1,PR1,01/05/2020,E11,,,,",
  "A,01/06/2020,S,C2,N1,U1,PR1,,,,,,",
  "B,05/04/2020,S,V3,N1,H5,PR1,07/04/2020,E13,,,,",
  "B,01/08/2020,S,C2,N1,U3,PR1,31/03/2021,E11,,,,",
  "C,01/01/2019,S,C2,N1,U1,PR1,15/07/2020,X1,,,,",
  "C,15/07/2020,P,C2,N1,U2,PR1,01/09/2020,X1,,,,",
  "C,01/09/2020,L,E1,N1,U2,PR1,,,,,,",
  "D,05/10/2020,S,C2,N1,R1,PR1,,,,,,",
  "E,01/11/2020,S,V2,N1,U1,PR1,01/12/2020,X1,,,,",
  "E,01/12/2020,P,V2,N1,U4,PR1,10/01/2021,X1,,,,",
  "E,10/01/2021,T,C2,N1,U5,PR9,,,,,,",
];

const csv = (name: string, lines: readonly string[]): ImportFile => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
});

/** The extract's header, episodes and UASC tables as files; `episodes` replaces its episode rows. */
export function handWorkedExtract(episodes: readonly string[] = HAND_WORKED_EPISODES): ImportFile[] {
  return [
    csv("header.csv", [
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
      ...["A", "B", "C", "D", "E"].map((child) => `${child},1,01/01/2010,WBRI,,,`),
    ]),
    csv("episodes.csv", [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      ...episodes,
    ]),
    csv("uasc.csv", [
      "CHILD,SEX,DOB,DUC",
      "C,1,01/01/2010,31/12/2020",
      "D,1,01/01/2010,01/10/2020",
      "E,1,01/01/2010,",
    ]),
  ];
}

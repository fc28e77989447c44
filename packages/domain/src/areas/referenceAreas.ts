import type { Area } from "./area.ts";

const ENGLAND = "E92000001";
const SOUTH_EAST = "E12000008";

/**
 * England, its nine regions, and the local authorities whose figures ship with the platform.
 * Other authorities are added by the importer from the codes in the files it loads.
 */
export const referenceAreas: readonly Area[] = [
  { code: ENGLAND, name: "England", level: "country" },
  { code: "E12000001", name: "North East", level: "region", parentCode: ENGLAND },
  { code: "E12000002", name: "North West", level: "region", parentCode: ENGLAND },
  { code: "E12000003", name: "Yorkshire and The Humber", level: "region", parentCode: ENGLAND },
  { code: "E12000004", name: "East Midlands", level: "region", parentCode: ENGLAND },
  { code: "E12000005", name: "West Midlands", level: "region", parentCode: ENGLAND },
  { code: "E12000006", name: "East of England", level: "region", parentCode: ENGLAND },
  { code: "E12000007", name: "London", level: "region", parentCode: ENGLAND },
  { code: SOUTH_EAST, name: "South East", level: "region", parentCode: ENGLAND },
  { code: "E12000009", name: "South West", level: "region", parentCode: ENGLAND },
  { code: "E10000014", name: "Hampshire", level: "local_authority", laNumber: 850, parentCode: SOUTH_EAST },
  { code: "E06000044", name: "Portsmouth", level: "local_authority", laNumber: 851, parentCode: SOUTH_EAST },
  { code: "E06000045", name: "Southampton", level: "local_authority", laNumber: 852, parentCode: SOUTH_EAST },
  { code: "E10000016", name: "Kent", level: "local_authority", laNumber: 886, parentCode: SOUTH_EAST },
  {
    code: "E06000046",
    name: "Isle of Wight",
    level: "local_authority",
    laNumber: 921,
    parentCode: SOUTH_EAST,
  },
  { code: "E10000030", name: "Surrey", level: "local_authority", laNumber: 936, parentCode: SOUTH_EAST },
  { code: "E10000032", name: "West Sussex", level: "local_authority", laNumber: 938, parentCode: SOUTH_EAST },
];

export const HAMPSHIRE = "E10000014";

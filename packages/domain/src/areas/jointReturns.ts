import type { Area } from "./area.ts";

/**
 * Councils whose children's services are run together and which DfE reports as one row for some
 * tables ("E09000021 / E09000027"), in addition to or instead of each council's own row.
 */
export const jointReturns: readonly Area[] = [
  {
    code: "E09000021 / E09000027",
    name: "Kingston upon Thames / Richmond upon Thames",
    level: "local_authority",
    parentCode: "E12000007",
    memberCodes: ["E09000021", "E09000027"],
  },
  {
    code: "E06000061 / E06000062",
    name: "North Northamptonshire / West Northamptonshire",
    level: "local_authority",
    parentCode: "E12000004",
    memberCodes: ["E06000061", "E06000062"],
    establishedOn: "2021-04-01",
  },
];

/** The register's form of a joint code as any file writes it: member codes in order, " / " between. */
export function jointCodeOf(members: readonly string[]): string {
  return [...members].sort().join(" / ");
}

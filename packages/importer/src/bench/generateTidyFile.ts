import { englishCouncils } from "@csc/domain";

const HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_count,population_estimate,number,rate_per_10000";

const MEASURES = [
  "Children looked after at 31 March each year",
  "Children starting to be looked after each year",
  "Children ceasing to be looked after each year",
] as const;

/**
 * A synthetic release of DfE's cla_number_and_rate_per_10k_children table with `rows` rows: made-up
 * figures for every council in the register (unknown codes are refused) over as many years as
 * needed, three measures a year. `revise` changes every nth count, to time a release that revises
 * an earlier one.
 */
export function generateTidyFile(rows: number, { revise = 0 }: { revise?: number } = {}): Uint8Array {
  const authorities = englishCouncils.length;
  const lines = [HEADER];
  for (let i = 0; lines.length <= rows; i++) {
    const authority = i % authorities;
    const year = 1901 + Math.floor(i / authorities);
    const { code, name, laNumber = "" } = englishCouncils[authority] ?? { code: "", name: "" };
    const population = 50_000 + authority * 1_000;
    for (const [m, measure] of MEASURES.entries()) {
      if (lines.length > rows) break;
      let count = 100 + ((authority * 7 + year * 13 + m * 31) % 900);
      if (revise > 0 && lines.length % revise === 0) count += 1;
      const rate = Math.round((count / population) * 10_000);
      lines.push(
        `${String(year)},Reporting year,Local authority,E92000001,England,,,${String(laNumber)},"${name}",${code},${measure},${String(population)},${String(count)},${String(rate)}`,
      );
    }
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

import { areaLevelOfCode, type Area } from "@csc/domain";

export type TidyAreaResult =
  | { readonly area: Area }
  | { readonly skip: string }
  | { readonly problem: { column: string; value: string; message: string } };

type Cells = Readonly<Record<string, string>>;
const ENGLAND = "E92000001";

/**
 * The area a tidy file's row is about, from its geography columns. Levels the platform does not
 * hold (wards, parliamentary constituencies…) are skipped rather than refused, since EES files mix
 * them in; an area at a supported level must have a code the platform can recognise.
 * `laNumbers` maps the DfE's three-digit numbers to codes, for older files without new_la_code.
 */
export function tidyArea(cells: Cells, laNumbers: ReadonlyMap<number, string>): TidyAreaResult {
  const cell = (name: string) => (cells[name] ?? "").trim();
  const level = cell("geographic_level");
  switch (level) {
    case "National": {
      // Some extracts leave out the country columns; DfE's children's services tables are England's.
      const code = cell("country_code") || ENGLAND;
      if (code !== ENGLAND)
        return { skip: `${cell("country_name") || code} (only England's national figures are held)` };
      return { area: { code, name: "England", level: "country" } };
    }
    case "Regional": {
      const code = cell("region_code");
      if (areaLevelOfCode(code) !== "region")
        return {
          problem: {
            column: "region_code",
            value: code,
            message: "expected a region code such as E12000008",
          },
        };
      return { area: { code, name: cell("region_name") || code, level: "region", parentCode: ENGLAND } };
    }
    case "Local authority": {
      const laNumber = Number(cell("old_la_code")) || undefined;
      const code = cell("new_la_code") || (laNumber === undefined ? "" : (laNumbers.get(laNumber) ?? ""));
      if (areaLevelOfCode(code) !== "local_authority") {
        return {
          problem: {
            column: "new_la_code",
            value: cell("new_la_code"),
            message:
              "expected a local authority code such as E10000014, or an old_la_code the platform knows",
          },
        };
      }
      const region = cell("region_code");
      return {
        area: {
          code,
          name: cell("la_name") || code,
          level: "local_authority",
          ...(laNumber === undefined ? {} : { laNumber }),
          ...(areaLevelOfCode(region) === "region" ? { parentCode: region } : {}),
        },
      };
    }
    case "":
      return {
        problem: { column: "geographic_level", value: level, message: "the geographic level is missing" },
      };
    default:
      return { skip: `${level} rows (the platform holds national, regional and local authority figures)` };
  }
}

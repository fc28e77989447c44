import { ENGLAND, type Area, type AreaRegister } from "@csc/domain";

export type TidyAreaResult =
  | { readonly area: Area }
  | { readonly skip: string }
  | { readonly problem: { check: string; column: string; value: string; message: string } };

type Cells = Readonly<Record<string, string>>;

const UNKNOWN_COUNCIL =
  "is not a council in the platform's register of English councils since 2013 (packages/domain/src/areas/englishCouncils.ts); a new council must be added there before its figures can be loaded";

function localAuthority(cell: (name: string) => string, register: AreaRegister): TidyAreaResult {
  const code = cell("new_la_code");
  const number = cell("old_la_code");
  const byCode = code ? register.byGssCode(code) : undefined;
  const byNumber = number ? register.byLaNumber(number) : undefined;
  if (code && !byCode)
    return {
      problem: { check: "geog_la_combos", column: "new_la_code", value: code, message: UNKNOWN_COUNCIL },
    };
  const area = byCode ?? byNumber;
  if (!area)
    return {
      problem: {
        check: "geog_level_completed",
        column: number ? "old_la_code" : "new_la_code",
        value: number,
        message: number
          ? `the row has no new_la_code, and its old_la_code ${UNKNOWN_COUNCIL}`
          : "a local authority row needs a new_la_code or an old_la_code",
      },
    };
  if (number && byNumber?.code !== area.code)
    return {
      problem: {
        check: "geog_la_combos",
        column: "old_la_code",
        value: number,
        message: `new_la_code ${code} is ${area.name}, which has ${area.laNumber === undefined ? "no single DfE number" : `DfE number ${String(area.laNumber)}`}`,
      },
    };
  return { area };
}

/**
 * The area a tidy file's row is about, from its geography columns, looked up in the register of
 * areas: a code the register does not hold is an error, never a new area. Levels the platform does
 * not hold (wards, parliamentary constituencies…) are skipped rather than refused, since EES files
 * mix them in. A council is found by its current or former GSS code, a joint return's codes, or
 * its DfE number for older files without new_la_code.
 */
export function tidyArea(cells: Cells, register: AreaRegister): TidyAreaResult {
  const cell = (name: string) => (cells[name] ?? "").trim();
  const level = cell("geographic_level");
  switch (level) {
    case "National": {
      // Some extracts leave out the country columns; DfE's children's services tables are England's.
      const code = cell("country_code") || ENGLAND;
      if (code !== ENGLAND)
        return { skip: `${cell("country_name") || code} (only England's national figures are held)` };
      return { area: register.get(ENGLAND) ?? { code, name: "England", level: "country" } };
    }
    case "Regional": {
      const code = cell("region_code");
      const area = register.byGssCode(code);
      if (area?.level !== "region")
        return {
          problem: {
            check: "geog_region_combos",
            column: "region_code",
            value: code,
            message: code
              ? "is not an English region: expected one of E12000001 to E12000009, or E13000001 and E13000002 for Inner and Outer London"
              : "a regional row needs a region_code",
          },
        };
      return { area };
    }
    case "Local authority":
      return localAuthority(cell, register);
    case "":
      return {
        problem: {
          check: "geog_level",
          column: "geographic_level",
          value: level,
          message: "the geographic level is missing",
        },
      };
    default:
      return { skip: `${level} rows (the platform holds national, regional and local authority figures)` };
  }
}

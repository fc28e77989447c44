import { useSearchParams } from "react-router";
import { areaRegister, HAMPSHIRE, type Area } from "@csc/domain";

/** The address parameter that names the council every page is about. */
export const AREA_PARAM = "area";

/** The council the pages are about: `?area=` in the address (a council's GSS code), Hampshire by default. */
export function areaOfSearch(search: URLSearchParams): Area {
  const code = search.get(AREA_PARAM);
  const found = code ? areaRegister.byGssCode(code) : undefined;
  // Only a council is a council to look at: another page's `area` filter (England, on the Data
  // quality page) leaves the choice as it was.
  const area = found?.level === "local_authority" ? found : undefined;
  return (
    area ?? areaRegister.get(HAMPSHIRE) ?? { code: HAMPSHIRE, name: "Hampshire", level: "local_authority" }
  );
}

export function useArea(): Area {
  const [params] = useSearchParams();
  return areaOfSearch(params);
}

import { useSearchParams } from "react-router";
import { areaRegister, HAMPSHIRE, type Area } from "@csc/domain";

/** The address parameter that names the council every page is about. */
export const AREA_PARAM = "area";

/** The council the pages are about: `?area=` in the address (a GSS code), Hampshire by default. */
export function areaOfSearch(search: URLSearchParams): Area {
  const code = search.get(AREA_PARAM);
  const area = code ? areaRegister.byGssCode(code) : undefined;
  return (
    area ?? areaRegister.get(HAMPSHIRE) ?? { code: HAMPSHIRE, name: "Hampshire", level: "local_authority" }
  );
}

export function useArea(): Area {
  const [params] = useSearchParams();
  return areaOfSearch(params);
}

import { useSearchParams } from "react-router";
import { HAMPSHIRE, referenceAreas } from "@csc/domain";
import { AREA_PARAM, areaOfSearch } from "./useArea.ts";

/** Today's councils and the joint returns, by name: the ones a reader can choose to look at. */
const CHOICES = referenceAreas
  .filter((area) => area.level === "local_authority" && !area.abolishedOn)
  .sort((a, b) => a.name.localeCompare(b.name));

/**
 * Chooses the council every page is about; the choice is kept in the address, so a view of
 * Hackney can be bookmarked and shared, and every page follows it.
 */
export function AreaChooser() {
  const [params, setParams] = useSearchParams();
  const area = areaOfSearch(params);
  return (
    <label className="area-chooser">
      Council{" "}
      <select
        value={area.code}
        onChange={(event) => {
          const next = new URLSearchParams(params);
          if (event.target.value === HAMPSHIRE) next.delete(AREA_PARAM);
          else next.set(AREA_PARAM, event.target.value);
          setParams(next);
        }}
      >
        {CHOICES.map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}

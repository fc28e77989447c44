import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/**
 * A checkbox whose state lives in the address (?param=value), so a view can be shared. The box
 * changes at once; the address, which the router updates asynchronously, follows, and moving
 * back or forward in history sets the box again.
 */
export function UrlCheckbox({ param, value, label }: { param: string; value: string; label: string }) {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get(param) === value;
  const [checked, setChecked] = useState(inAddress);
  useEffect(() => {
    setChecked(inAddress);
  }, [inAddress]);
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          const on = event.target.checked;
          setChecked(on);
          const next = new URLSearchParams(params);
          if (on) next.set(param, value);
          else next.delete(param);
          setParams(next, { replace: true });
        }}
      />{" "}
      {label}
    </label>
  );
}

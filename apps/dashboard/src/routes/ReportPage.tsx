import { useSearchParams } from "react-router";
import { PrintModeContext } from "../components/PrintMode.ts";
import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { panelDefinitions } from "../panels/panelDefinitions.ts";

/** Every panel a report can include, by the id it has on its page. */
const PANELS = panelDefinitions;

/** Choose panels; the page prints on A4 with each chart, its table and its sources, ready to save as PDF. */
export function ReportPage() {
  const [params, setParams] = useSearchParams();
  const chosen = (params.get("panels") ?? "").split(",").filter((id) => PANELS.some((p) => p.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = new URLSearchParams(params);
    const ids = PANELS.map((p) => p.id).filter((p) => (p === id ? on : chosen.includes(p)));
    if (ids.length) next.set("panels", ids.join(","));
    else next.delete("panels");
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>Report</h1>
      <form
        className="report-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <fieldset>
          <legend>Panels to include</legend>
          {PANELS.map((panel) => (
            <label key={panel.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(panel.id)}
                onChange={(event) => {
                  toggle(panel.id, event.target.checked);
                }}
              />{" "}
              {panel.title}
            </label>
          ))}
        </fieldset>
        <p>
          <button
            type="button"
            disabled={chosen.length === 0}
            onClick={() => {
              window.print();
            }}
          >
            Print, or save as PDF
          </button>
        </p>
      </form>
      {chosen.length === 0 ? (
        <p>Choose the panels for the report. They print on A4 with their tables and sources.</p>
      ) : null}
      <PrintModeContext.Provider value={true}>
        {PANELS.filter((panel) => chosen.includes(panel.id)).map((definition) => (
          <SeriesPanel key={definition.id} definition={definition} />
        ))}
      </PrintModeContext.Provider>
    </>
  );
}

import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useArea } from "../area/useArea.ts";
import { chartPng, download } from "../charts/exportChart.ts";
import { PrintModeContext } from "../components/PrintMode.ts";
import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { panelDefinitions } from "../panels/panelDefinitions.ts";
import { ReportPanelsContext, type ReportPanels } from "../report/reportPanel.ts";
import { wordDocument, type WordPanel } from "../report/wordDocument.ts";

/** Every panel a report can include, by the id it has on its page. */
const PANELS = panelDefinitions;

/** Choose panels; the page prints on A4 with each chart, its table and its sources, ready to save as PDF. */
export function ReportPage() {
  const area = useArea();
  const panels = useRef<ReportPanels>(new Map()).current;
  const [making, setMaking] = useState(false);
  const [wordError, setWordError] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const chosen = (params.get("panels") ?? "").split(",").filter((id) => PANELS.some((p) => p.id === id));
  const downloadWord = async () => {
    setWordError(null);
    setMaking(true);
    try {
      const drawn: WordPanel[] = [];
      for (const id of chosen) {
        const read = panels.get(id);
        // A panel with no figures for this council has nothing to put in the document.
        if (!read) continue;
        const panel = read();
        const svg = panel.chart();
        const size = svg?.getBoundingClientRect();
        const png =
          svg && size
            ? {
                bytes: await (await chartPng(svg, panel.caption)).arrayBuffer(),
                width: Math.round(size.width),
                height: Math.round(size.height),
              }
            : null;
        drawn.push({ panel, png });
      }
      if (drawn.length === 0) throw new Error("none of the chosen panels has figures for this council yet.");
      const made = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
      const blob = await wordDocument(drawn, {
        title: `Children's social care figures: ${area.name}`,
        made: `Made with CSC Insight on ${made}, from the figures published then.`,
      });
      download(`csc-insight-${area.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.docx`, blob);
    } catch (error) {
      setWordError(error instanceof Error ? error.message : String(error));
    } finally {
      setMaking(false);
    }
  };
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
          </button>{" "}
          <button type="button" disabled={chosen.length === 0 || making} onClick={() => void downloadWord()}>
            Download Word document
          </button>
        </p>
        {making ? <p role="status">Making the Word document…</p> : null}
        {wordError ? <p role="alert">The Word document could not be made: {wordError}</p> : null}
      </form>
      {chosen.length === 0 ? (
        <p>Choose the panels for the report. They print on A4 with their tables and sources.</p>
      ) : null}
      <ReportPanelsContext.Provider value={panels}>
        <PrintModeContext.Provider value={true}>
          {PANELS.filter((panel) => chosen.includes(panel.id)).map((definition) => (
            <SeriesPanel key={definition.id} definition={definition} />
          ))}
        </PrintModeContext.Provider>
      </ReportPanelsContext.Provider>
    </>
  );
}

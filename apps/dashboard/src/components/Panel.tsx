import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { ChartSeries } from "../charts/chartSeries.ts";
import { describeSeries } from "../charts/describeSeries.ts";
import { chartPng, chartSvg, download } from "../charts/exportChart.ts";
import { seriesCsv } from "../charts/seriesCsv.ts";
import { SeriesChart, type ChartAnnotation } from "./SeriesChart.tsx";
import { SeriesTable } from "./SeriesTable.tsx";
import { usePrintMode } from "./PrintMode.ts";
import { SourceList } from "./SourceList.tsx";
import { useReportPanel } from "../report/reportPanel.ts";

export interface PanelProps {
  /** Used for the anchor and the names of downloaded files. */
  readonly id: string;
  readonly title: string;
  /** "Jan–Mar 2018 to Jan–Mar 2021" */
  readonly periodRange: string;
  readonly yAxisLabel: string;
  readonly series: readonly ChartSeries[];
  /** What the Table view and CSV list, when it is more than the chart can show (every referral source). */
  readonly tableSeries?: readonly ChartSeries[];
  readonly annotations?: readonly ChartAnnotation[];
  /** Controls shown above the chart, such as a financial-year toggle. */
  readonly controls?: ReactNode;
  /** Context a reader needs, such as a definition that differs from the DfE's. */
  readonly note?: ReactNode;
}

type View = "chart" | "table";

/**
 * A chart as councillors and report authors need it: titled and dated, with a Table view of the
 * same figures, a summary in words, every figure's source, data-quality markers, and downloads.
 */
export function Panel({
  id,
  title,
  periodRange,
  yAxisLabel,
  series,
  tableSeries = series,
  annotations,
  controls,
  note,
}: PanelProps) {
  const print = usePrintMode();
  const [view, setView] = useState<View>("chart");
  const [exportError, setExportError] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const summaryId = useId();
  const tabIds = { chart: useId(), table: useId() };
  const summary = describeSeries(series);
  const caption = `${title}, ${periodRange}`;

  const svgElement = () =>
    chartRef.current?.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface") ?? null;
  useReportPanel(id, () => ({
    id,
    title,
    periodRange,
    caption,
    summary,
    tableSeries,
    annotations: annotations ?? [],
    notes: [...(noteRef.current?.querySelectorAll("p, li") ?? [])].flatMap((e) =>
      e.textContent ? [e.textContent] : [],
    ),
    chart: svgElement,
  }));
  const exportImage = async (format: "png" | "svg") => {
    setExportError(null);
    const svg = svgElement();
    if (!svg) {
      setExportError("Switch to the Chart view to download the chart as an image.");
      return;
    }
    try {
      const blob =
        format === "svg"
          ? new Blob([chartSvg(svg, caption)], { type: "image/svg+xml" })
          : await chartPng(svg, caption);
      download(`${id}.${format}`, blob);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : "The image could not be made.");
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const next: View = view === "chart" ? "table" : "chart";
      setView(next);
      document.getElementById(tabIds[next])?.focus();
      event.preventDefault();
    }
  };

  return (
    <section className="panel" id={id} aria-labelledby={headingId}>
      <figure>
        <figcaption>
          <h3 id={headingId}>{title}</h3>
          <p className="period-range">{periodRange}</p>
        </figcaption>
        {note ? (
          <div className="panel-note" ref={noteRef}>
            {note}
          </div>
        ) : null}
        {controls ? <div className="panel-controls">{controls}</div> : null}
        {print ? (
          <>
            <div ref={chartRef} role="group" aria-label={`Chart: ${caption}`} aria-describedby={summaryId}>
              <SeriesChart series={series} annotations={annotations} yAxisLabel={yAxisLabel} />
            </div>
            <SeriesTable caption={caption} series={tableSeries} />
          </>
        ) : (
          <>
            <div role="tablist" aria-label={`${title}: view`} className="tabs">
              {(["chart", "table"] as const).map((tab) => (
                <button
                  key={tab}
                  id={tabIds[tab]}
                  type="button"
                  role="tab"
                  aria-selected={view === tab}
                  aria-controls={`${id}-${tab}`}
                  tabIndex={view === tab ? 0 : -1}
                  onClick={() => {
                    setView(tab);
                  }}
                  onKeyDown={onTabKey}
                >
                  {tab === "chart" ? "Chart" : "Table"}
                </button>
              ))}
            </div>
            <div
              id={`${id}-chart`}
              role="tabpanel"
              aria-labelledby={tabIds.chart}
              hidden={view !== "chart"}
              ref={chartRef}
            >
              {view === "chart" ? (
                <div role="group" aria-label={`Chart: ${caption}`} aria-describedby={summaryId}>
                  <SeriesChart series={series} annotations={annotations} yAxisLabel={yAxisLabel} />
                </div>
              ) : null}
            </div>
            <div
              id={`${id}-table`}
              role="tabpanel"
              aria-labelledby={tabIds.table}
              hidden={view !== "table"}
              tabIndex={0}
            >
              <SeriesTable caption={caption} series={tableSeries} />
            </div>
          </>
        )}
        <p className="summary" id={summaryId}>
          <strong>Summary: </strong>
          {summary}
        </p>
      </figure>
      {print ? null : (
        <div className="panel-downloads" role="group" aria-label={`Download ${title}`}>
          <button
            type="button"
            onClick={() => {
              download(`${id}.csv`, new Blob([seriesCsv(tableSeries)], { type: "text/csv" }));
            }}
          >
            Download CSV
          </button>
          <button type="button" onClick={() => void exportImage("png")}>
            Download PNG
          </button>
          <button type="button" onClick={() => void exportImage("svg")}>
            Download SVG
          </button>
          {exportError ? <p role="alert">{exportError}</p> : null}
        </div>
      )}
      <SourceList series={tableSeries} />
    </section>
  );
}

import { createContext, useContext, useEffect } from "react";
import type { ChartSeries } from "../charts/chartSeries.ts";
import type { ChartAnnotation } from "../components/SeriesChart.tsx";

/** What a panel on the Report page gives the Word document: what it shows, as it shows it. */
export interface ReportPanel {
  readonly id: string;
  readonly title: string;
  readonly periodRange: string;
  /** "Title, period range": the table's caption and the picture's title. */
  readonly caption: string;
  /** The generated text alternative: the picture's alt text. */
  readonly summary: string;
  readonly tableSeries: readonly ChartSeries[];
  readonly annotations: readonly ChartAnnotation[];
  /** The panel's notes (definitions, how a share is worked out), paragraph by paragraph. */
  readonly notes: readonly string[];
  /** The chart as drawn, for its picture; null before it is drawn. */
  readonly chart: () => SVGSVGElement | null;
}

/** The panels drawn on the Report page, by id, each read when the document is made. */
export type ReportPanels = Map<string, () => ReportPanel>;

export const ReportPanelsContext = createContext<ReportPanels | null>(null);

/** On the Report page, a panel puts itself in the report's list while it is drawn. */
export function useReportPanel(id: string, read: () => ReportPanel): void {
  const panels = useContext(ReportPanelsContext);
  useEffect(() => {
    if (!panels) return;
    panels.set(id, read);
    return () => {
      panels.delete(id);
    };
  });
}

import { IndicatorSeriesPanel } from "./IndicatorSeriesPanel.tsx";

/** Children in care at the end of each financial year. */
export function ClaCountPanel() {
  return (
    <IndicatorSeriesPanel
      code="cla-count"
      title="Full-time children looked after at 31 March"
      label="Children looked after"
      yAxisLabel="Children"
      kind="bar"
      what="children looked after"
    />
  );
}

import { IndicatorSeriesPanel } from "./IndicatorSeriesPanel.tsx";

/** Children on child protection plans at the end of each financial year. */
export function ChildProtectionPlansPanel() {
  return (
    <IndicatorSeriesPanel
      code="cpp-count"
      id="child-protection-plans"
      title="Children on child protection plans at 31 March"
      label="Children on plans"
      yAxisLabel="Children"
      kind="bar"
      what="child protection plans"
    />
  );
}

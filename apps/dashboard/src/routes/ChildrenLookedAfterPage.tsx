import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { claCountPanel, claRatePanel, placementStabilityPanel } from "../panels/panelDefinitions.ts";
import { ClaEntrantSharesPanel } from "../panels/ClaEntrantSharesPanel.tsx";
import { ClaEntriesExitsPanel } from "../panels/ClaEntriesExitsPanel.tsx";

export function ChildrenLookedAfterPage() {
  return (
    <>
      <h1>Children looked after</h1>
      <p className="lede">
        Children in the council's care: how many enter and leave care each quarter, who they are, and how many
        are in care at the end of each year.
      </p>
      <ClaEntriesExitsPanel />
      <ClaEntrantSharesPanel />
      <SeriesPanel definition={claCountPanel} />
      <SeriesPanel definition={claRatePanel} />
      <SeriesPanel definition={placementStabilityPanel} />
    </>
  );
}

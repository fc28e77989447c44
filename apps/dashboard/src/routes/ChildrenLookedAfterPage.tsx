import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import {
  claCountPanel,
  claEntrantSharesPanel,
  claEntriesExitsPanel,
  claRatePanel,
  placementStabilityPanel,
} from "../panels/panelDefinitions.ts";

export function ChildrenLookedAfterPage() {
  return (
    <>
      <h1>Children looked after</h1>
      <p className="lede">
        Children in the council's care: how many enter and leave care each quarter, who they are, and how many
        are in care at the end of each year.
      </p>
      <SeriesPanel definition={claEntriesExitsPanel} />
      <SeriesPanel definition={claEntrantSharesPanel} />
      <SeriesPanel definition={claCountPanel} />
      <SeriesPanel definition={claRatePanel} />
      <SeriesPanel definition={placementStabilityPanel} />
    </>
  );
}

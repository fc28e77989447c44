import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { uascArrivalsPanel, uascCareLeaversPanel } from "../panels/panelDefinitions.ts";

export function UascPage() {
  return (
    <>
      <h1>Unaccompanied asylum-seeking children</h1>
      <p className="lede">
        Children who arrive without a parent or carer and claim asylum, whether they reach the council
        themselves or through the National Transfer Scheme, and the young people who have left care.
      </p>
      <SeriesPanel definition={uascArrivalsPanel} />
      <SeriesPanel definition={uascCareLeaversPanel} />
    </>
  );
}

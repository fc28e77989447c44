import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import {
  childProtectionPlansPanel,
  contactsReferralsPanel,
  protectionRatesPanel,
  reReferralsPanel,
  referralSourcesPanel,
} from "../panels/panelDefinitions.ts";

export function FrontDoorPage() {
  return (
    <>
      <h1>Front door and child protection</h1>
      <p className="lede">
        Concerns about children reaching children's social care, who raised them, and what followed:
        enquiries, assessments and child protection plans.
      </p>
      <SeriesPanel definition={contactsReferralsPanel} />
      <SeriesPanel definition={referralSourcesPanel} />
      <SeriesPanel definition={protectionRatesPanel} />
      <SeriesPanel definition={childProtectionPlansPanel} />
      <SeriesPanel definition={reReferralsPanel} />
    </>
  );
}

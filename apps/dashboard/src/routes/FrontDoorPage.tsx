import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import { childProtectionPlansPanel, reReferralsPanel } from "../panels/panelDefinitions.ts";
import { ContactsReferralsPanel } from "../panels/ContactsReferralsPanel.tsx";
import { ProtectionRatesPanel } from "../panels/ProtectionRatesPanel.tsx";
import { ReferralSourcesPanel } from "../panels/ReferralSourcesPanel.tsx";

export function FrontDoorPage() {
  return (
    <>
      <h1>Front door and child protection</h1>
      <p className="lede">
        Concerns about children reaching children's social care, who raised them, and what followed:
        enquiries, assessments and child protection plans.
      </p>
      <ContactsReferralsPanel />
      <ReferralSourcesPanel />
      <ProtectionRatesPanel />
      <SeriesPanel definition={childProtectionPlansPanel} />
      <SeriesPanel definition={reReferralsPanel} />
    </>
  );
}

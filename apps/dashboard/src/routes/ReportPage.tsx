import type { ComponentType } from "react";
import { useSearchParams } from "react-router";
import { PrintModeContext } from "../components/PrintMode.ts";
import { ClaEntrantSharesPanel } from "../panels/ClaEntrantSharesPanel.tsx";
import { ClaEntriesExitsPanel } from "../panels/ClaEntriesExitsPanel.tsx";
import { ContactsReferralsPanel } from "../panels/ContactsReferralsPanel.tsx";
import { ProtectionRatesPanel } from "../panels/ProtectionRatesPanel.tsx";
import { ReferralSourcesPanel } from "../panels/ReferralSourcesPanel.tsx";
import { UascArrivalsPanel } from "../panels/UascArrivalsPanel.tsx";
import { UascCareLeaversPanel } from "../panels/UascCareLeaversPanel.tsx";
import { SeriesPanel } from "../panels/SeriesPanel.tsx";
import type { PanelDefinition } from "../panels/panelDefinition.ts";
import {
  childProtectionPlansPanel,
  claCountPanel,
  claRatePanel,
  placementStabilityPanel,
  reReferralsPanel,
  socialWorkerTurnoverPanel,
} from "../panels/panelDefinitions.ts";

/** A panel given as a definition, as a component the report can list. */
const drawn = (definition: PanelDefinition) => ({
  id: definition.id,
  title: definition.title,
  Component: () => <SeriesPanel definition={definition} />,
});

/** Every panel a report can include, by the id it has on its page. */
const PANELS: { id: string; title: string; Component: ComponentType }[] = [
  { id: "uasc-arrivals", title: "UASC arrivals", Component: UascArrivalsPanel },
  {
    id: "uasc-care-leavers",
    title: "UASC care leavers and UASC looked after",
    Component: UascCareLeaversPanel,
  },
  { id: "cla-entries-exits", title: "Children entering and leaving care", Component: ClaEntriesExitsPanel },
  { id: "cla-entrant-shares", title: "Who enters care", Component: ClaEntrantSharesPanel },
  drawn(claCountPanel),
  drawn(claRatePanel),
  drawn(placementStabilityPanel),
  { id: "contacts-referrals", title: "Contacts and referrals", Component: ContactsReferralsPanel },
  { id: "referral-sources", title: "Share of referrals by source", Component: ReferralSourcesPanel },
  { id: "protection-rates", title: "Section 47 enquiries and assessments", Component: ProtectionRatesPanel },
  drawn(childProtectionPlansPanel),
  drawn(reReferralsPanel),
  drawn(socialWorkerTurnoverPanel),
];

/** Choose panels; the page prints on A4 with each chart, its table and its sources, ready to save as PDF. */
export function ReportPage() {
  const [params, setParams] = useSearchParams();
  const chosen = (params.get("panels") ?? "").split(",").filter((id) => PANELS.some((p) => p.id === id));
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
          </button>
        </p>
      </form>
      {chosen.length === 0 ? (
        <p>Choose the panels for the report. They print on A4 with their tables and sources.</p>
      ) : null}
      <PrintModeContext.Provider value={true}>
        {PANELS.filter((panel) => chosen.includes(panel.id)).map(({ id, Component }) => (
          <Component key={id} />
        ))}
      </PrintModeContext.Provider>
    </>
  );
}

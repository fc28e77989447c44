import { useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { annotationsOnPeriods, periodRange, toChartSeries } from "./chartPoints.ts";

const TITLE = "Contacts and referrals";

export const ContactsReferralsQuery = graphql(`
  query ContactsReferrals($area: String!) {
    contacts: indicator(code: "contacts") {
      code
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    referrals: indicator(code: "referrals") {
      code
      definition
      series(area: $area) {
        points {
          ...ChartPointFields
        }
      }
    }
    annotations(indicator: "contacts", area: $area) {
      key
      startsOn
      title
    }
  }
`);

export function ContactsReferralsPanel() {
  const area = useArea();
  const { data, status } = panelQueryState(
    TITLE,
    useQuery(ContactsReferralsQuery, {
      variables: { area: area.code },
    }),
  );
  if (status) return status;
  const contacts = data?.contacts?.series?.[0]?.points ?? [];
  const referrals = data?.referrals?.series?.[0]?.points ?? [];
  if (contacts.length === 0) return <PanelEmpty title={TITLE} what={`contacts in ${area.name}`} />;
  return (
    <Panel
      id="contacts-referrals"
      title="Contacts and referrals per financial year"
      periodRange={periodRange(contacts)}
      yAxisLabel="Contacts and referrals"
      annotations={annotationsOnPeriods(data?.annotations ?? [], contacts)}
      series={[
        toChartSeries("contacts", "Contacts", "bar", contacts),
        toChartSeries("referrals", "Referrals (council count)", "bar", referrals),
      ]}
      note={<p>{data?.referrals?.definition}</p>}
    />
  );
}

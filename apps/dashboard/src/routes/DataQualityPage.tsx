import { useId } from "react";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { IndicatorSelect } from "../components/IndicatorSelect.tsx";
import { PanelError } from "../components/PanelStates.tsx";
import { panelQueryState } from "../components/panelQueryState.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import type { DataQualityQuery as DataQualityResult, QualitySeverity } from "../graphql/generated/graphql.ts";
import { ChoicesQuery } from "../queries/choicesQuery.ts";

export const DataQualityQuery = graphql(`
  query DataQuality($indicator: String, $area: String, $severity: QualitySeverity) {
    dataQualityIssues(indicator: $indicator, area: $area, severity: $severity) {
      key
      rule
      severity
      message
      indicator {
        code
        name
      }
      area {
        code
        name
      }
      period {
        label
      }
      breakdownItem
      formattedDifference
      figures {
        observationId
        formatted
        indicator {
          name
        }
        period {
          label
        }
        breakdownItem
        citation
        source {
          title
        }
      }
    }
  }
`);

type Issue = DataQualityResult["dataQualityIssues"][number];

const SEVERITIES: { value: QualitySeverity; heading: string; explanation: string }[] = [
  {
    value: "ERROR",
    heading: "Figures that cannot all be right",
    explanation:
      "An identity does not hold: a net change that is not starts minus leavers, a breakdown that does not add up to its total, or a rate that is not its count over its base.",
  },
  {
    value: "WARNING",
    heading: "Sources that disagree",
    explanation:
      "The same figure is given differently by two tables or two publications. Say which one a report quotes, and why.",
  },
  {
    value: "INFO",
    heading: "Figures revised by a later release",
    explanation: "The earlier value is kept; the latest is the one shown in charts.",
  },
];

const RULE_NAMES: Record<Issue["rule"], string> = {
  SOURCE_DISAGREEMENT: "Sources disagree",
  NET_CHANGE_IDENTITY: "Net change ≠ starts − leavers",
  BREAKDOWN_SUM: "Breakdown ≠ total",
  RATIO_ARITHMETIC: "Rate ≠ count ÷ base",
  REVISION: "Revised",
};

/** The filters live in the address, so that a list can be shared with whoever must explain it. */
function useQualityFilters() {
  const [params, setParams] = useSearchParams();
  const filters = {
    indicator: params.get("indicator") ?? "",
    area: params.get("area") ?? "",
    severity: SEVERITIES.find((s) => s.value === params.get("severity"))?.value ?? null,
  };
  const update = (changes: Partial<typeof filters>) => {
    const next = { ...filters, ...changes };
    const search = new URLSearchParams();
    if (next.indicator) search.set("indicator", next.indicator);
    if (next.area) search.set("area", next.area);
    if (next.severity) search.set("severity", next.severity);
    setParams(search, { replace: true });
  };
  return [filters, update] as const;
}

function IssueTable({ issues, caption }: { issues: readonly Issue[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="quality-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Area</th>
            <th scope="col">Period</th>
            <th scope="col">Check</th>
            <th scope="col">Difference</th>
            <th scope="col">What was found, and where the figures are published</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.key}>
              <th scope="row">
                {issue.indicator.name}
                {issue.breakdownItem ? ` (${issue.breakdownItem})` : ""}
              </th>
              <td>{issue.area.name}</td>
              <td>{issue.period.label}</td>
              <td>{RULE_NAMES[issue.rule]}</td>
              <td>{issue.formattedDifference ?? "—"}</td>
              <td>
                {/* An identity's arithmetic needs saying; a disagreement or revision is its figures. */}
                {issue.severity === "ERROR" ? <p>{issue.message}</p> : null}
                <ul className="quality-figures">
                  {issue.figures.map((figure) => (
                    <li key={figure.observationId}>
                      <strong>{figure.formatted}</strong> {figure.indicator.name}
                      {figure.breakdownItem ? ` (${figure.breakdownItem})` : ""}, {figure.period.label}:{" "}
                      {figure.source.title}, {figure.citation}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QualityResults({ filters }: { filters: ReturnType<typeof useQualityFilters>[0] }) {
  const result = useQuery(DataQualityQuery, {
    variables: {
      indicator: filters.indicator || null,
      area: filters.area || null,
      severity: filters.severity,
    },
  });
  const { data, status } = panelQueryState("Data-quality checks", result);
  if (status) return status;
  const issues = data?.dataQualityIssues ?? [];
  const groups = SEVERITIES.map((severity) => ({
    ...severity,
    issues: issues.filter((issue) => issue.severity === severity.value),
  })).filter((group) => group.issues.length > 0);
  return (
    <>
      <p role="status" className="quality-summary">
        {issues.length === 0
          ? "No findings for these choices."
          : SEVERITIES.map((severity) => {
              const count = issues.filter((issue) => issue.severity === severity.value).length;
              return `${String(count)} ${severity.heading.toLowerCase()}`;
            }).join("; ") + "."}
      </p>
      {groups.map((group) => (
        <section key={group.value} className="panel" aria-labelledby={`quality-${group.value}`}>
          <h2 id={`quality-${group.value}`}>
            {group.heading} ({group.issues.length})
          </h2>
          <p>{group.explanation}</p>
          {group.value === "INFO" && group.issues.length > 20 ? (
            <details>
              <summary>Show the {group.issues.length} revisions</summary>
              <IssueTable issues={group.issues} caption={group.heading} />
            </details>
          ) : (
            <IssueTable issues={group.issues} caption={group.heading} />
          )}
        </section>
      ))}
    </>
  );
}

/**
 * What a report author should know before quoting a figure: where sources disagree, where
 * published arithmetic does not hold, and what later releases revised.
 */
export function DataQualityPage() {
  const [filters, update] = useQualityFilters();
  const { data, error, refetch } = useQuery(ChoicesQuery);
  const ids = { indicator: useId(), area: useId(), severity: useId() };
  return (
    <>
      <h1>Data quality</h1>
      <p className="lede">
        Checks run over every figure the platform holds, after each import and whenever this page is opened.
        Nothing here is changed or hidden: each finding names the figures and where they were published.
      </p>
      {error ? <PanelError title="Choices" error={error} retry={() => void refetch()} /> : null}
      <form
        className="explore-form"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <p>
          <label htmlFor={ids.indicator}>Indicator</label>
          <IndicatorSelect
            id={ids.indicator}
            topics={data?.topics ?? []}
            value={filters.indicator}
            anyLabel="All indicators"
            onChange={(indicator) => {
              update({ indicator });
            }}
          />
        </p>
        <p>
          <label htmlFor={ids.area}>Area</label>
          <select
            id={ids.area}
            value={filters.area}
            onChange={(event) => {
              update({ area: event.target.value });
            }}
          >
            <option value="">All areas</option>
            {data?.areas.map((area) => (
              <option key={area.code} value={area.code}>
                {area.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor={ids.severity}>Show</label>
          <select
            id={ids.severity}
            value={filters.severity ?? ""}
            onChange={(event) => {
              update({ severity: SEVERITIES.find((s) => s.value === event.target.value)?.value ?? null });
            }}
          >
            <option value="">Every finding</option>
            {SEVERITIES.map((severity) => (
              <option key={severity.value} value={severity.value}>
                {severity.heading}
              </option>
            ))}
          </select>
        </p>
      </form>
      <QualityResults filters={filters} />
    </>
  );
}

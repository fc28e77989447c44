import { useId } from "react";
import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { useArea } from "../area/useArea.ts";
import { useComparableAreas } from "../area/useComparableAreas.ts";
import { IndicatorSelect } from "../components/IndicatorSelect.tsx";
import { Panel } from "../components/Panel.tsx";
import { PanelEmpty, PanelError, PanelLoading } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import type { Granularity } from "../graphql/generated/graphql.ts";
import { periodRange, toChartSeries } from "../panels/chartPoints.ts";
import { ChoicesQuery } from "../queries/choicesQuery.ts";

export const ExploreSeriesQuery = graphql(`
  query ExploreSeries(
    $indicator: String!
    $areas: [String!]
    $from: Date
    $to: Date
    $granularity: Granularity
  ) {
    indicator(code: $indicator) {
      code
      name
      definition
      kind
      unit
      series(areas: $areas, from: $from, to: $to, granularity: $granularity) {
        area {
          code
          name
        }
        breakdown {
          itemName
        }
        points {
          ...ChartPointFields
        }
        incompletePeriods {
          period {
            label
          }
          reason
        }
      }
    }
  }
`);

const GRANULARITIES: { value: Granularity; label: string }[] = [
  { value: "PUBLISHED", label: "As published" },
  { value: "FINANCIAL_YEAR", label: "Financial years (April to March)" },
  { value: "CALENDAR_YEAR", label: "Calendar years" },
];

/** Everything the page shows is read from the address, so that a view can be shared or bookmarked. */
function useExploreState() {
  const [params, setParams] = useSearchParams();
  const area = useArea();
  const granularity = GRANULARITIES.find((g) => g.value === params.get("granularity"))?.value ?? "PUBLISHED";
  const state = {
    indicator: params.get("indicator") ?? "cla-count",
    areas: params.get("areas")?.split(",").filter(Boolean) ?? [area.code],
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    granularity,
  };
  const update = (changes: Partial<typeof state>) => {
    const next = { ...state, ...changes };
    const search = new URLSearchParams({ indicator: next.indicator, areas: next.areas.join(",") });
    if (next.from) search.set("from", next.from);
    if (next.to) search.set("to", next.to);
    if (next.granularity !== "PUBLISHED") search.set("granularity", next.granularity);
    setParams(search, { replace: true });
  };
  return [state, update] as const;
}

function ExploreResult({ state }: { state: ReturnType<typeof useExploreState>[0] }) {
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(ExploreSeriesQuery, {
    variables: {
      indicator: state.indicator,
      areas: state.areas,
      from: state.from || null,
      to: state.to || null,
      granularity: state.granularity,
    },
  });
  // While new choices load, the figures already on screen stay, rather than flashing "Loading".
  const data = current ?? previousData;
  const title = data?.indicator?.name ?? "Figures";
  if (loading && !data) return <PanelLoading title={title} />;
  if (error) return <PanelError title={title} error={error} retry={() => void refetch()} />;
  const indicator = data?.indicator;
  const series = indicator?.series ?? [];
  if (!indicator || series.length === 0 || series.every((s) => s.points.length === 0)) {
    return <PanelEmpty title={title} what="these areas and dates" />;
  }
  const kind = indicator.kind === "FLOW" && series.length <= 2 ? "bar" : "line";
  const chartSeries = series.map((s) =>
    toChartSeries(
      `${s.area.code}-${s.breakdown?.itemName ?? "total"}`,
      // Named in full, so that the summary reads "Children entering care in Hampshire rose…".
      `${indicator.name} in ${s.area.name}${s.breakdown ? ` (${s.breakdown.itemName})` : ""}`,
      kind,
      s.points,
    ),
  );
  const incomplete = series.flatMap((s) =>
    s.incompletePeriods.map((i) => `${s.area.name} ${i.period.label} (${i.reason})`),
  );
  return (
    <Panel
      id={`explore-${indicator.code}`}
      title={indicator.name}
      periodRange={periodRange(chartSeries)}
      yAxisLabel={indicator.unit === "PERCENT" ? "%" : indicator.name}
      series={chartSeries}
      note={
        <>
          <p>{indicator.definition}</p>
          {incomplete.length > 0 ? <p className="hint">Left out: {incomplete.join("; ")}.</p> : null}
        </>
      }
    />
  );
}

/** Pick an indicator, areas, dates and granularity; see the chart and table; download them. */
export function ExplorePage() {
  const [state, update] = useExploreState();
  const { data, loading, error, refetch } = useQuery(ChoicesQuery);
  const comparable = useComparableAreas();
  const ids = { indicator: useId(), from: useId(), to: useId(), granularity: useId(), more: useId() };
  return (
    <>
      <h1>Explore the figures</h1>
      <p className="lede">
        Choose what to show. The address changes with your choices, so you can bookmark or share the view.
      </p>
      {loading && !data ? <PanelLoading title="Choices" /> : null}
      {error ? <PanelError title="Choices" error={error} retry={() => void refetch()} /> : null}
      {data ? (
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
              topics={data.topics}
              value={state.indicator}
              onChange={(indicator) => {
                update({ indicator });
              }}
            />
          </p>
          <fieldset>
            <legend>Areas</legend>
            {[
              ...comparable,
              ...state.areas
                .filter((code) => !comparable.some((a) => a.code === code))
                .map((code) => ({ code, name: data.areas.find((a) => a.code === code)?.name ?? code })),
            ].map((area) => (
              <label key={area.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={state.areas.includes(area.code)}
                  onChange={(event) => {
                    update({
                      areas: event.target.checked
                        ? [...state.areas, area.code]
                        : state.areas.filter((c) => c !== area.code),
                    });
                  }}
                />{" "}
                {area.name}
              </label>
            ))}
            <p className="add-area">
              <label htmlFor={ids.more}>Add another area</label>{" "}
              <select
                id={ids.more}
                className="area-picker"
                value=""
                onChange={(event) => {
                  if (event.target.value && !state.areas.includes(event.target.value))
                    update({ areas: [...state.areas, event.target.value] });
                }}
              >
                <option value="">Choose an area…</option>
                {data.areas
                  .filter((a) => !state.areas.includes(a.code) && !comparable.some((c) => c.code === a.code))
                  .map((a) => (
                    <option key={a.code} value={a.code}>
                      {a.name}
                    </option>
                  ))}
              </select>
            </p>
          </fieldset>
          <p>
            <label htmlFor={ids.from}>From</label>
            <input
              id={ids.from}
              type="date"
              value={state.from}
              onChange={(event) => {
                update({ from: event.target.value });
              }}
            />
            <label htmlFor={ids.to}>To</label>
            <input
              id={ids.to}
              type="date"
              value={state.to}
              onChange={(event) => {
                update({ to: event.target.value });
              }}
            />
          </p>
          <p>
            <label htmlFor={ids.granularity}>Show</label>
            <select
              id={ids.granularity}
              value={state.granularity}
              onChange={(event) => {
                update({
                  granularity:
                    GRANULARITIES.find((g) => g.value === event.target.value)?.value ?? "PUBLISHED",
                });
              }}
            >
              {GRANULARITIES.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </p>
        </form>
      ) : null}
      {state.areas.length > 0 ? <ExploreResult state={state} /> : <p>Choose at least one area.</p>}
    </>
  );
}

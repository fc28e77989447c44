import { Fragment, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { formatValue } from "@csc/domain";
import { unitOfEnum } from "../charts/unitOfEnum.ts";
import { graphql } from "../graphql/generated/gql.ts";

export const CompareRowQuery = graphql(`
  query CompareRow($code: String!, $area: String!) {
    indicator(code: $code) {
      code
      name
      unit
      decimals
      polarity
      benchmark(area: $area) {
        period {
          label
        }
        previousPeriod {
          label
        }
        value
        symbol
        change
        england
        region
        regionArea {
          name
        }
        neighbourMean
        neighbourCount
        rank
        outOf
        quartile
        quartileMeaning
        neighbours {
          position
          closeness
          value
          symbol
          area {
            code
            name
          }
        }
        sources {
          key
          title
        }
      }
    }
  }
`);

/** Whether a change is better or worse news, in words, by the indicator's polarity. */
function changeWords(change: number, polarity: string): string {
  if (change === 0) return "no change";
  const direction = change > 0 ? "up" : "down";
  if (polarity === "NEUTRAL") return direction;
  const good = change > 0 === (polarity === "UP_IS_GOOD");
  return `${direction}, ${good ? "better" : "worse"}`;
}

/** One indicator's row of the comparison, with its neighbours a click away. */
export function CompareRow({
  code,
  areaCode,
  areaName,
}: {
  code: string;
  areaCode: string;
  areaName: string;
}) {
  const [open, setOpen] = useState(false);
  const { data, loading, error } = useQuery(CompareRowQuery, { variables: { code, area: areaCode } });
  const indicator = data?.indicator;
  if (loading || error || !indicator)
    return (
      <tr>
        <th scope="row">{indicator?.name ?? code}</th>
        <td colSpan={8}>
          {loading ? "Loading…" : "The comparison could not be loaded; reload the page to try again."}
        </td>
      </tr>
    );
  const unit = unitOfEnum(indicator.unit);
  const format = (value: number | null | undefined, symbol?: string | null) =>
    value === null || value === undefined ? (symbol ?? "–") : formatValue(value, unit, indicator.decimals);
  const b = indicator.benchmark;
  if (!b)
    return (
      <tr>
        <th scope="row">{indicator.name}</th>
        <td colSpan={8}>No figure is published for {areaName}.</td>
      </tr>
    );
  const detailsId = `neighbours-${code}`;
  return (
    <Fragment>
      <tr>
        <th scope="row">
          {indicator.name}
          <br />
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => {
              setOpen(!open);
            }}
          >
            {open ? "Hide" : "Show"} neighbours
          </button>
        </th>
        <td>
          {format(b.value, b.symbol)}
          <br />
          <span className="muted">{b.period.label}</span>
        </td>
        <td>
          {b.change === null
            ? "–"
            : `${
                // A change in a percentage is in percentage points, not a percentage of itself.
                unit === "percent"
                  ? `${Math.abs(b.change).toFixed(indicator.decimals)} points`
                  : format(Math.abs(b.change))
              } ${changeWords(b.change, indicator.polarity)}`}
          {b.previousPeriod ? (
            <>
              <br />
              <span className="muted">since {b.previousPeriod.label}</span>
            </>
          ) : null}
        </td>
        <td>
          {format(b.neighbourMean)}
          <br />
          <span className="muted">{b.neighbourCount} of 10</span>
        </td>
        <td>{format(b.region)}</td>
        <td>{format(b.england)}</td>
        <td>{b.rank ? `${String(b.rank)} of ${String(b.outOf)}` : "not ranked"}</td>
        <td>
          {b.quartile ? (
            <span className={`band band-${b.quartile.toLowerCase()}`}>
              {b.quartile}: {b.quartileMeaning}
            </span>
          ) : (
            "–"
          )}
        </td>
      </tr>
      {open ? (
        <tr id={detailsId}>
          <td colSpan={8}>
            <table className="neighbours">
              <caption>
                {indicator.name}, {b.period.label}: {areaName} and its statistical neighbours (DfE 2025
                model), closest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Council</th>
                  <th scope="col">Closeness</th>
                  <th scope="col">Figure</th>
                  <th scope="col" aria-hidden="true"></th>
                </tr>
              </thead>
              <tbody>
                {[
                  {
                    position: 0,
                    closeness: "The council chosen",
                    value: b.value,
                    symbol: b.symbol,
                    area: { code: areaCode, name: areaName },
                  },
                  ...b.neighbours,
                ].map((n) => {
                  const all = [b.value ?? 0, ...b.neighbours.map((m) => m.value ?? 0)];
                  const width = n.value === null ? 0 : (100 * n.value) / Math.max(...all, 1);
                  return (
                    <tr key={n.area.code} className={n.position === 0 ? "chosen" : undefined}>
                      <th scope="row">{n.position === 0 ? <strong>{n.area.name}</strong> : n.area.name}</th>
                      <td>{n.closeness}</td>
                      <td>{format(n.value, n.symbol)}</td>
                      <td aria-hidden="true">
                        <span className="bar" style={{ width: `${width.toFixed(1)}%` }} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="muted">Sources: {b.sources.map((s) => s.title).join("; ") || "none recorded"}.</p>
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

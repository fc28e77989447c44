import { Line, LineChart, ResponsiveContainer } from "recharts";
import { graphql } from "../graphql/generated/gql.ts";
import type { HeadlineTilePointFieldsFragment } from "../graphql/generated/graphql.ts";

/** What a tile needs of each point: the figure and its change on the point before. */
export const HeadlineTilePointFields = graphql(`
  fragment HeadlineTilePointFields on SeriesPoint {
    ...ChartPointFields
    change {
      absolute
      percent
    }
  }
`);

export interface HeadlineTileProps {
  readonly name: string;
  readonly points: readonly HeadlineTilePointFieldsFragment[];
}

function changeText(
  point: HeadlineTileProps["points"][number],
  previousLabel: string | undefined,
): string | null {
  const change = point.change;
  if (!change || !previousLabel) return null;
  if (change.absolute === 0) return `No change on ${previousLabel.replace(/^at /, "")}`;
  const size = Math.abs(change.absolute).toLocaleString("en-GB");
  const percent = change.percent == null ? "" : ` (${Math.abs(change.percent).toLocaleString("en-GB")}%)`;
  // "on Oct–Dec 2020" for a period; "since 31 March 2020" for a count on a day.
  const since = previousLabel.startsWith("at ") ? `since ${previousLabel.slice(3)}` : `on ${previousLabel}`;
  return `${change.absolute > 0 ? "Up" : "Down"} ${size}${percent} ${since}`;
}

/** The latest figure for an indicator, its change on the period before, its trend and its source. */
export function HeadlineTile({ name, points }: HeadlineTileProps) {
  const latest = points.at(-1);
  const previous = points.at(-2);
  if (!latest) {
    return (
      <article className="tile">
        <h3>{name}</h3>
        <p>No figures published yet.</p>
      </article>
    );
  }
  const change = changeText(latest, previous?.period.label);
  const source = latest.sources[0];
  return (
    <article className="tile">
      <h3>{name}</h3>
      <p className="tile-value">{latest.formatted}</p>
      <p className="tile-period">{latest.period.label}</p>
      {change ? <p className="tile-change">{change}</p> : null}
      {points.length > 2 ? (
        <div className="sparkline" aria-hidden="true">
          <ResponsiveContainer width="100%" height={40}>
            {/* Decorative: the tile states the figures in words, so the sparkline takes no focus. */}
            <LineChart data={points.map((p) => ({ value: p.value }))} accessibilityLayer={false}>
              <Line dataKey="value" stroke="#0072B2" strokeWidth={2} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      {source ? (
        <p className="tile-source">
          Source: <cite>{source.title}</cite>, {source.citation}
        </p>
      ) : null}
    </article>
  );
}

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { periodsInOrder, type ChartSeries } from "../charts/chartSeries.ts";
import { seriesColour } from "../charts/palette.ts";

export interface ChartAnnotation {
  /** The period label (x-axis category) the note belongs on. */
  readonly periodLabel: string;
  readonly title: string;
}

interface Row {
  periodLabel: string;
  [seriesKey: string]: number | string | null;
}

const grouped = (value: number) => value.toLocaleString("en-GB");

/**
 * Bars and lines over the same periods. Values are labelled on the chart so that no reading
 * depends on colour. Recharts' accessibility layer lets keyboard users move between periods with
 * the arrow keys, and its tooltip, a live region, announces the period and values in focus.
 */
export function SeriesChart({
  series,
  annotations = [],
  yAxisLabel,
}: {
  series: readonly ChartSeries[];
  annotations?: readonly ChartAnnotation[];
  yAxisLabel: string;
}) {
  const data: Row[] = periodsInOrder(series).map(({ key, label }) => {
    const row: Row = { periodLabel: label };
    for (const s of series) {
      const point = s.points.find((p) => p.periodKey === key);
      row[s.key] = point?.value ?? null;
      row[`${s.key}:formatted`] = point?.formatted ?? null;
    }
    return row;
  });

  return (
    <div className="chart">
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid stroke="#d8d8d8" vertical={false} />
          <XAxis dataKey="periodLabel" tick={{ fill: "#1b1b1b", fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis
            tick={{ fill: "#1b1b1b", fontSize: 12 }}
            tickFormatter={grouped}
            label={{ value: yAxisLabel, angle: -90, position: "insideLeft", fill: "#1b1b1b", fontSize: 12 }}
          />
          <Tooltip formatter={(value) => (typeof value === "number" ? grouped(value) : String(value))} />
          <Legend wrapperStyle={{ color: "#1b1b1b" }} />
          {series.map((s, index) =>
            s.kind === "bar" ? (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={seriesColour(index)}
                stackId={s.stack}
                isAnimationActive={false}
              >
                {/* Stacked segments carry their figure inside, in white on the segment's dark colour. */}
                <LabelList
                  dataKey={`${s.key}:formatted`}
                  position={s.stack ? "center" : "top"}
                  fill={s.stack ? "#ffffff" : "#1b1b1b"}
                  fontSize={11}
                />
              </Bar>
            ) : (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={seriesColour(index)}
                strokeWidth={2}
                strokeDasharray={index % 2 === 1 ? "6 3" : undefined}
                dot={{ r: 4, fill: seriesColour(index) }}
                isAnimationActive={false}
                connectNulls={false}
              >
                <LabelList dataKey={`${s.key}:formatted`} position="top" fill="#1b1b1b" fontSize={11} />
              </Line>
            ),
          )}
          {[...new Set(annotations.map((a) => a.periodLabel))].map((periodLabel) => (
            <ReferenceLine
              key={periodLabel}
              x={periodLabel}
              stroke="#4B4B4B"
              strokeDasharray="2 2"
              label={{
                // Notes in the same period share one line, labelled with all their numbers.
                value: annotations
                  .flatMap((a, index) => (a.periodLabel === periodLabel ? [index + 1] : []))
                  .join(", "),
                position: "top",
                fill: "#1b1b1b",
                fontSize: 12,
                fontWeight: "bold",
              }}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
      {annotations.length > 0 ? (
        // Numbered on the chart and written out here, so that notes never overlap and read in order.
        <ol className="chart-notes" aria-label="Notes on the chart">
          {annotations.map((a) => (
            <li key={`${a.periodLabel}-${a.title}`}>
              {a.title} ({a.periodLabel})
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

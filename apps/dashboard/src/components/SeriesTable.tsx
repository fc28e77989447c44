import { periodsInOrder, type ChartPoint, type ChartSeries } from "../charts/chartSeries.ts";
import { qualityNotes } from "../charts/seriesTableText.ts";

function Marked({ point }: { point: ChartPoint }) {
  return (
    <>
      {point.formatted}
      {point.disagreements.length > 0 ? (
        <span className="quality-marker">
          {" "}
          <abbr title="Another source gives a different figure">†</abbr>
          <span className="visually-hidden">
            {" "}
            also given as {point.disagreements.map((d) => `${d.formatted} (${d.citation})`).join("; ")}
          </span>
        </span>
      ) : null}
      {point.revisions.length > 0 ? (
        <span className="quality-marker">
          {" "}
          <abbr title="Revised: a later release corrected this figure">r</abbr>
          <span className="visually-hidden"> revised from {point.revisions.join(", then ")}</span>
        </span>
      ) : null}
    </>
  );
}

/** The panel's figures as a table, exactly as published: symbols stay symbols. */
export function SeriesTable({ caption, series }: { caption: string; series: readonly ChartSeries[] }) {
  const notes = qualityNotes(series);
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periodsInOrder(series).map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {series.map((s) => {
                const point = s.points.find((p) => p.periodKey === key);
                return (
                  <td key={s.key}>
                    {point ? <Marked point={point} /> : <span aria-label="no figure">–</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <div className="table-notes">
          <p>
            <strong>Data-quality notes</strong> († another source differs; r revised)
          </p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

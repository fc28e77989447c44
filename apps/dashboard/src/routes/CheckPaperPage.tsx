import { useId, useState } from "react";
import { useLazyQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { PanelError } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import { MarkedPaper, STATUS_WORDS } from "../paperCheck/MarkedPaper.tsx";
import { paperText } from "../paperCheck/paperText.ts";

export const CheckPaperQuery = graphql(`
  query CheckPaper($text: String!, $area: String!) {
    checkPaper(text: $text, area: $area) {
      claims {
        quote
        paragraph
        sentence
        offset
        status
        reason
        indicator {
          name
        }
        held {
          formatted
          period {
            label
          }
          sources
        }
      }
    }
  }
`);

/**
 * Where a report author checks a draft paper's figures before it goes to members: every figure
 * the prose states is marked where it stands, and what differs from the data is listed with the
 * figure held and its source.
 */
export function CheckPaperPage() {
  const area = useArea();
  const [text, setText] = useState("");
  const [checked, setChecked] = useState("");
  const [readError, setReadError] = useState<string | null>(null);
  const [check, { data, loading, error, refetch }] = useLazyQuery(CheckPaperQuery);
  const ids = { text: useId(), file: useId() };
  const claims = (data?.checkPaper.claims ?? []).map((c, i) => ({ ...c, id: `claim-${String(i + 1)}` }));
  const count = (status: string) => claims.filter((c) => c.status === status).length;
  const differing = claims.filter((c) => c.status === "DIFFERS");
  return (
    <>
      <h1>Check a paper</h1>
      <p className="lede">
        Paste a draft paper, or choose it as a Word document or text file. Every figure its prose states is
        checked against {area.name}&apos;s figures: whether it matches, differs (with the figure held and its
        source), or cannot be told and why. Choose the council at the top of the page. Nothing you paste is
        stored.
      </p>
      <form
        className="explore-form"
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(text);
          void check({ variables: { text, area: area.code } });
        }}
      >
        <p>
          <label htmlFor={ids.file}>A Word document (.docx) or text file</label>
          <input
            id={ids.file}
            type="file"
            accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              setReadError(null);
              paperText(file).then(setText, (failure: unknown) => {
                setReadError(failure instanceof Error ? failure.message : String(failure));
              });
            }}
          />
        </p>
        <p>
          <label htmlFor={ids.text}>The paper&apos;s text, one paragraph to a line</label>
          <textarea
            id={ids.text}
            rows={12}
            value={text}
            required
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </p>
        <p>
          <button type="submit" disabled={loading}>
            Check the figures
          </button>
        </p>
      </form>
      {readError ? <p role="alert">The file could not be read: {readError}</p> : null}
      {loading ? <p role="status">Checking the figures…</p> : null}
      {error ? <PanelError title="Checking the paper" error={error} retry={() => void refetch()} /> : null}
      {data ? (
        <>
          <section className="panel" aria-labelledby="check-summary">
            <h2 id="check-summary">What was found</h2>
            <p role="status">
              {claims.length} figure{claims.length === 1 ? "" : "s"} found: {count("MATCHES")} match the data,{" "}
              {count("DIFFERS")} differ, {count("UNKNOWN")} cannot be told.
            </p>
            <h3>What differs</h3>
            {differing.length === 0 ? (
              <p>Nothing.</p>
            ) : (
              <ul className="claim-list">
                {differing.map((c) => (
                  <li key={c.id}>
                    <a href={`#${c.id}`}>
                      {c.paragraph}: {c.quote}
                    </a>{" "}
                    ({c.indicator?.name ?? "a figure"}): {c.reason}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="check-paper">
            <h2 id="check-paper">The paper, with each figure marked</h2>
            <p className="hint">
              {Object.values(STATUS_WORDS)
                .map(({ sign, words }) => `${sign} ${words}`)
                .join("; ")}
              . Each mark leads to what was found.
            </p>
            <MarkedPaper text={checked} claims={claims} />
          </section>
          <section className="panel" aria-labelledby="check-all">
            <h2 id="check-all">Every figure checked</h2>
            <div className="table-scroll">
              <table>
                <caption>Each figure the paper states, and what the data says</caption>
                <thead>
                  <tr>
                    <th scope="col">Where</th>
                    <th scope="col">Figure</th>
                    <th scope="col">Taken to be</th>
                    <th scope="col">Found</th>
                    <th scope="col">Held</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {claims.map((c) => (
                    <tr key={c.id} id={c.id} tabIndex={-1}>
                      <th scope="row">{c.paragraph}</th>
                      <td>{c.quote}</td>
                      <td>{c.indicator?.name ?? "–"}</td>
                      <td>
                        <span aria-hidden="true">{STATUS_WORDS[c.status].sign}</span>{" "}
                        {STATUS_WORDS[c.status].words}
                      </td>
                      <td>
                        {c.held
                          ? `${c.held.formatted}${c.held.period ? ` (${c.held.period.label})` : ""}`
                          : "–"}
                      </td>
                      <td>{c.reason ?? (c.held ? c.held.sources.join("; ") : "")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}

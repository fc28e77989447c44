import { useId, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useArea } from "../area/useArea.ts";
import { fileToBase64 } from "../components/fileToBase64.ts";
import { PanelError } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";
import type { ImportFilesMutation } from "../graphql/generated/graphql.ts";

export const ImportKindsQuery = graphql(`
  query ImportKinds {
    importKinds {
      code
      title
    }
  }
`);

export const ImportFilesMutationDocument = graphql(`
  mutation ImportFiles($files: [ImportFileInput!]!, $dryRun: Boolean, $publish: Boolean, $area: String) {
    importFiles(files: $files, dryRun: $dryRun, publish: $publish, area: $area) {
      __typename
      ... on MutationImportFilesSuccess {
        data {
          dryRun
          files {
            file
            format
            dataset
            title
            figures
            inserted
            revised
            unchanged
            earlierEdition
            releaseVersion
            release {
              id
              status
            }
            notes
          }
          qualityIssues {
            key
            severity
            message
            indicator {
              name
            }
            area {
              name
            }
            period {
              label
            }
          }
        }
      }
      ... on ImportRefused {
        message
        problems {
          file
          line
          column
          value
          message
          check
        }
      }
    }
  }
`);

export const PublishReleaseMutation = graphql(`
  mutation PublishRelease($id: Int!) {
    publishRelease(id: $id) {
      __typename
      ... on MutationPublishReleaseSuccess {
        data {
          id
          status
        }
      }
      ... on ReleaseActionError {
        message
      }
    }
  }
`);

type ImportResult = ImportFilesMutation["importFiles"];
type ImportedFiles = Extract<ImportResult, { __typename: "MutationImportFilesSuccess" }>["data"];
type Refusal = Extract<ImportResult, { __typename: "ImportRefused" }>;

const TOKEN_KEY = "csc-insight-token";

/** The author's token for this browser tab only: it is gone when the tab is closed. */
function useToken() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");
  const remember = (value: string) => {
    setToken(value);
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  };
  return [token, remember] as const;
}

function ProblemList({ refusal }: { refusal: Refusal }) {
  return (
    <section className="panel import-problems" aria-labelledby="import-problems">
      <h2 id="import-problems">Nothing was imported</h2>
      <p role="alert">
        {refusal.problems.length} problem{refusal.problems.length === 1 ? "" : "s"} must be fixed first. Every
        problem in every file is listed, so that they can all be fixed at once.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Problems found in the files</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Found</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {refusal.problems.map((problem, index) => (
              <tr key={index}>
                <th scope="row">{problem.file}</th>
                <td>{problem.line === 0 ? "whole file" : problem.line}</td>
                <td>{problem.column ?? "—"}</td>
                <td>{problem.value ?? "—"}</td>
                <td>
                  {problem.message}
                  {problem.check ? ` (${problem.check})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PublishButton({
  id,
  version,
  dataset,
  token,
}: {
  id: number;
  version: number;
  dataset: string;
  token: string;
}) {
  const [publish, { data, loading, error }] = useMutation(PublishReleaseMutation, {
    context: { headers: { authorization: `Bearer ${token}` } },
  });
  const outcome = data?.publishRelease;
  if (outcome?.__typename === "MutationPublishReleaseSuccess")
    return <p role="status">{`${dataset} v${String(version)} is published.`}</p>;
  return (
    <p>
      <button type="button" disabled={loading} onClick={() => void publish({ variables: { id } })}>
        Publish {dataset} v{version}
      </button>
      {outcome?.__typename === "ReleaseActionError" ? <span role="alert"> {outcome.message}</span> : null}
      {error ? <span role="alert"> It could not be published: {error.message}</span> : null}
    </p>
  );
}

function ImportOutcome({ result, token }: { result: ImportedFiles; token: string }) {
  return (
    <section className="panel" aria-labelledby="import-outcome">
      <h2 id="import-outcome">{result.dryRun ? "Checked: nothing was written" : "Imported"}</h2>
      <p role="status">
        {result.dryRun
          ? "The files are valid. This is what importing them would do."
          : "The files were imported. Drafts are seen only by authors until they are published."}
      </p>
      <div className="table-scroll">
        <table>
          <caption>What {result.dryRun ? "would become" : "became"} of each file</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Read as</th>
              <th scope="col">Figures</th>
              <th scope="col">New</th>
              <th scope="col">Revised</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Kept as history (earlier edition)</th>
              <th scope="col">Release</th>
            </tr>
          </thead>
          <tbody>
            {result.files.map((file) => (
              <tr key={file.file}>
                <th scope="row">{file.file}</th>
                <td>{file.title}</td>
                <td>{file.figures}</td>
                <td>{file.inserted}</td>
                <td>{file.revised}</td>
                <td>{file.unchanged}</td>
                <td>{file.earlierEdition}</td>
                <td>
                  {file.releaseVersion === null
                    ? "None: nothing new or changed"
                    : `${file.dataset} v${String(file.releaseVersion)}${file.release ? ` (${file.release.status === "DRAFT" ? "draft" : "published"})` : ""}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.files.map((file) =>
        file.notes.length > 0 ? (
          <div key={`notes-${file.file}`}>
            <h3>{file.file}</h3>
            <ul>
              {file.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {result.files.map((file) =>
        file.release?.status === "DRAFT" ? (
          <PublishButton
            key={`publish-${String(file.release.id)}`}
            id={file.release.id}
            version={file.releaseVersion ?? 0}
            dataset={file.dataset}
            token={token}
          />
        ) : null,
      )}
      <h3>Data-quality findings about these figures</h3>
      {result.qualityIssues.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="quality-findings">
          {result.qualityIssues.map((issue) => (
            <li key={issue.key}>
              <strong>
                {issue.severity === "ERROR" ? "Error" : issue.severity === "WARNING" ? "Warning" : "Revision"}
                :
              </strong>{" "}
              {issue.indicator.name}, {issue.area.name}, {issue.period.label}. {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Where a report author loads new figures: a figures file, a DfE tidy data file, Ofsted's fostering
 * table, the Home Office transfers table or an SSDA903 extract for the chosen council. Checking first writes nothing; importing makes a draft
 * release that the author publishes once the figures look right.
 */
export function ImportPage() {
  const area = useArea();
  const [token, setToken] = useToken();
  const [files, setFiles] = useState<File[]>([]);
  const [kind, setKind] = useState("");
  const [publish, setPublish] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const kinds = useQuery(ImportKindsQuery);
  const [runImport, { data, loading, error, reset }] = useMutation(ImportFilesMutationDocument);
  const ids = { token: useId(), files: useId(), kind: useId(), publish: useId() };

  const submit = async (dryRun: boolean) => {
    setReadError(null);
    reset();
    try {
      const encoded = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          contentBase64: await fileToBase64(file),
          ...(kind ? { kind } : {}),
        })),
      );
      await runImport({
        variables: { files: encoded, dryRun, publish: dryRun ? false : publish, area: area.code },
        context: { headers: { authorization: `Bearer ${token.trim()}` } },
      });
    } catch (failure) {
      setReadError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const result = data?.importFiles;
  return (
    <>
      <h1>Import figures</h1>
      <p className="lede">
        Load a figures file, a DfE tidy data file (choose its .meta.csv too, and the file is checked against
        it), Ofsted&apos;s fostering table, the Home Office transfers table, or the council&apos;s SSDA903
        extract (choose its header, episodes and UASC tables together: the figures are counted from it, and no
        child&apos;s record is kept). Every figure is checked before anything is written; if one is wrong,
        nothing is imported.
      </p>
      <form
        className="explore-form import-form"
        onSubmit={(event) => {
          event.preventDefault();
          // Both buttons submit the form, so that the browser checks the required fields first.
          const submitter = event.nativeEvent.submitter as HTMLButtonElement | null;
          void submit(submitter?.value === "check");
        }}
      >
        <p>
          <label htmlFor={ids.token}>Your API token (author role)</label>
          <input
            id={ids.token}
            aria-describedby={`${ids.token}-hint`}
            type="password"
            autoComplete="off"
            value={token}
            required
            onChange={(event) => {
              setToken(event.target.value);
            }}
          />
          <span id={`${ids.token}-hint`} className="hint">
            Kept in this browser tab only, until it is closed.
          </span>
        </p>
        <p className="hint">
          An SSDA903 extract is counted as {area.name}&apos;s figures: choose the council at the top of the
          page first.
        </p>
        <p>
          <label htmlFor={ids.files}>Files (CSV)</label>
          <input
            id={ids.files}
            type="file"
            accept=".csv,text/csv"
            multiple
            required
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
            }}
          />
        </p>
        <p>
          <label htmlFor={ids.kind}>What the files are</label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value);
            }}
          >
            <option value="">Work it out from each file&apos;s header</option>
            {kinds.data?.importKinds.map((option) => (
              <option key={option.code} value={option.code}>
                {option.title}
              </option>
            ))}
          </select>
        </p>
        <p className="checkbox">
          <input
            id={ids.publish}
            type="checkbox"
            checked={publish}
            onChange={(event) => {
              setPublish(event.target.checked);
            }}
          />
          <label htmlFor={ids.publish}>
            Publish at once (otherwise the import is a draft to check first)
          </label>
        </p>
        <p>
          <button type="submit" value="check" disabled={loading}>
            Check the files
          </button>{" "}
          <button type="submit" value="import" disabled={loading}>
            Import
          </button>
        </p>
      </form>
      {loading ? <p role="status">Checking the files…</p> : null}
      {kinds.error ? (
        <PanelError title="Kinds of file" error={kinds.error} retry={() => void kinds.refetch()} />
      ) : null}
      {readError ? <p role="alert">The files could not be sent: {readError}</p> : null}
      {error ? (
        <div role="alert" className="panel panel-state">
          <p>The import could not be run: {error.message}</p>
        </div>
      ) : null}
      {result?.__typename === "ImportRefused" ? <ProblemList refusal={result} /> : null}
      {result?.__typename === "MutationImportFilesSuccess" ? (
        <ImportOutcome result={result.data} token={token} />
      ) : null}
    </>
  );
}

import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { PanelError, PanelLoading } from "../components/PanelStates.tsx";
import { graphql } from "../graphql/generated/gql.ts";

export const SourcesQuery = graphql(`
  query Sources {
    sources(first: 200) {
      edges {
        node {
          key
          title
          body
          meeting
          publishedOn
          document
          figureCount
        }
      }
    }
  }
`);

export const SourceFiguresQuery = graphql(`
  query SourceFigures($key: String!, $after: String) {
    source(key: $key) {
      id
      figures(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            indicator {
              name
            }
            area {
              name
            }
            period {
              label
            }
            breakdownItem
            formatted
            citation
          }
        }
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function SourceFigures({ sourceKey, title }: { sourceKey: string; title: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(SourceFiguresQuery, {
    variables: { key: sourceKey },
  });
  if (loading && !data) return <p role="status">Loading figures…</p>;
  if (error) return <PanelError title={`Figures from ${title}`} error={error} retry={() => void refetch()} />;
  const figures = data?.source?.figures;
  return (
    <div className="table-scroll">
      <table>
        <caption>Figures from {title}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Area</th>
            <th scope="col">Period</th>
            <th scope="col">Figure</th>
            <th scope="col">Where in the source</th>
          </tr>
        </thead>
        <tbody>
          {figures?.edges.map(({ node: figure }) => (
            <tr key={figure.id}>
              <th scope="row">
                {figure.indicator.name}
                {figure.breakdownItem ? ` (${figure.breakdownItem})` : ""}
              </th>
              <td>{figure.area.name}</td>
              <td>{figure.period.label}</td>
              <td>{figure.formatted}</td>
              <td>{figure.citation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures?.pageInfo.hasNextPage ? (
        <p>
          Showing {figures.edges.length} of {figures.totalCount}.{" "}
          <button
            type="button"
            onClick={() => void fetchMore({ variables: { after: figures.pageInfo.endCursor } })}
          >
            Show more figures
          </button>
        </p>
      ) : null}
    </div>
  );
}

function SourceSection({
  source,
}: {
  source: {
    key: string;
    title: string;
    body: string;
    meeting?: string | null;
    publishedOn?: string | null;
    document: string;
    figureCount: number;
  };
}) {
  const [open, setOpen] = useState(false);
  return (
    <section className="source" aria-labelledby={`source-${source.key}`}>
      <h2 id={`source-${source.key}`}>{source.title}</h2>
      <p>
        {source.body}
        {source.meeting ? `, ${source.meeting}` : ""}
        {source.publishedOn ? `, ${dateFormat.format(new Date(source.publishedOn))}` : ""}. Document:{" "}
        {source.document}
      </p>
      <details
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          {source.figureCount} figure{source.figureCount === 1 ? "" : "s"} from this source
        </summary>
        {open ? <SourceFigures sourceKey={source.key} title={source.title} /> : null}
      </details>
    </section>
  );
}

/** Every source document, and every figure drawn from it with its citation. */
export function SourcesPage() {
  const { data: current, previousData, loading, error, refetch } = useQuery(SourcesQuery);
  // While new choices load, the figures already on screen stay, rather than flashing "Loading".
  const data = current ?? previousData;
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">Every document the figures come from, and where in it each figure stands.</p>
      {loading && !data ? <PanelLoading title="Sources" /> : null}
      {error ? <PanelError title="Sources" error={error} retry={() => void refetch()} /> : null}
      {data?.sources.edges.map(({ node }) => (
        <SourceSection key={node.key} source={node} />
      ))}
    </>
  );
}

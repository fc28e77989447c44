import type { ErrorLike } from "@apollo/client";

/** While the figures are on their way. */
export function PanelLoading({ title }: { title: string }) {
  return (
    <section className="panel panel-state" aria-busy="true">
      <h3>{title}</h3>
      <p role="status">Loading figures…</p>
    </section>
  );
}

/**
 * What to tell a reader. Apollo Client's production build replaces its own messages with a coded
 * link that means nothing to a councillor, so those are described in words; the details are
 * logged for whoever maintains the dashboard.
 */
function readableMessage(error: ErrorLike): string {
  console.error(error);
  if (error.message.startsWith("An error occurred!"))
    return "the dashboard could not read the answer it was sent.";
  return error.message;
}

/** The request failed: say so, and offer to try again. */
export function PanelError({ title, error, retry }: { title: string; error: ErrorLike; retry: () => void }) {
  return (
    <section className="panel panel-state">
      <h3>{title}</h3>
      <div role="alert">
        <p>The figures could not be loaded: {readableMessage(error)}</p>
        <p>Try again, and tell the data team if it keeps happening.</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    </section>
  );
}

/** The request worked, and there is nothing published for it. */
export function PanelEmpty({ title, what }: { title: string; what: string }) {
  return (
    <section className="panel panel-state">
      <h3>{title}</h3>
      <p>No figures are published for {what}.</p>
    </section>
  );
}

/** The page's one style block; the server's Content-Security-Policy allows it by its hash. */
export const LANDING_PAGE_STYLE = `
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
  code, pre { font-family: ui-monospace, monospace; background: #f3f2f1; }
  pre { padding: 1rem; overflow-x: auto; }
  a { color: #1d4f91; }
`;

/**
 * What a browser sees at /graphql. Apollo's own landing pages load their code from Apollo's CDN and
 * are blank without internet, so this page is self-contained.
 */
export function landingPageHtml(introspection: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CSC Insight GraphQL API</title>
<style>${LANDING_PAGE_STYLE}</style>
</head>
<body>
<main>
<h1>CSC Insight GraphQL API</h1>
<p>Send GraphQL queries to this address with <code>POST</code> and a JSON body, or with <code>GET</code> for
cacheable queries (add the header <code>apollo-require-preflight: true</code>).</p>
<pre>curl -s http://HOST/graphql -H 'content-type: application/json' \\
  -d '{"query":"{ indicator(code: \\"uasc-arrivals\\") { name series(area: \\"E10000014\\") { points { period { label } formatted } } } }"}'</pre>
<p>To see draft releases or change data, send an API token: <code>Authorization: Bearer csc_…</code>.</p>
<p>The schema, with a description of every type and field, is in <code>apps/api/schema.graphql</code>, and
<code>docs/api.md</code> has example queries for each report table.${
    introspection ? " Introspection is on, so GraphQL tools can also read the schema from this address." : ""
  }</p>
</main>
</body>
</html>
`;
}

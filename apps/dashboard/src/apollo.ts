import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

/**
 * Queries go as GET so that a CDN can keep anonymous answers; the preflight header is what the
 * API's cross-site request forgery protection asks of GET requests.
 */
export const apolloClient = new ApolloClient({
  link: new HttpLink({
    uri: "/graphql",
    useGETForQueries: true,
    headers: { "apollo-require-preflight": "true" },
  }),
  cache: new InMemoryCache({
    typePolicies: {
      // "Show more" appends the next page of a source's figures to those already shown.
      Source: { fields: { figures: relayStylePagination() } },
    },
  }),
});

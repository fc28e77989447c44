import { graphql } from "../graphql/generated/gql.ts";

/** The indicators (by topic) and areas a reader can choose from, for the pages' filter forms. */
export const ChoicesQuery = graphql(`
  query Choices {
    topics {
      code
      name
      indicators {
        code
        name
      }
    }
    areas {
      code
      name
      level
    }
  }
`);

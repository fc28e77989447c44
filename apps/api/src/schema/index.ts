import { isObjectType } from "graphql";
import { builder } from "../builder.ts";
import "./root.ts";
import "./scalars.ts";
import "./periods.ts";
import "./catalogue.ts";
import "./indicators.ts";
import "./areas.ts";
import "./sources.ts";
import "./releases.ts";
import "./annotations.ts";
import "./observations.ts";
import "./series.ts";
import "./benchmark.ts";
import "./viewer.ts";
import "./quality.ts";
import "./imports.ts";
import "./paperCheck.ts";

/** The API's GraphQL schema, built once from the topic files above. */
export const schema = builder.toSchema({ sortSchema: false });

// The Prisma plugin adds connections' totalCount fields without a way to describe them.
for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.name.endsWith("Connection")) {
    const totalCount = type.getFields().totalCount;
    if (totalCount && !totalCount.description)
      totalCount.description = "How many there are in all, across every page.";
  }
}

import { GraphQLError } from "graphql";
import { parseIsoDate } from "@csc/domain";
import { builder } from "../builder.ts";

builder.scalarType("Date", {
  description: 'A calendar date written YYYY-MM-DD, such as "2021-03-31".',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !parseIsoDate(value)) {
      throw new GraphQLError(
        `Expected a date written YYYY-MM-DD, such as "2021-03-31"; got ${JSON.stringify(value)}.`,
      );
    }
    return value;
  },
});

builder.scalarType("DateTime", {
  description: 'An instant, written in ISO 8601 with a time zone, such as "2021-12-07T10:00:00.000Z".',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError(`Expected an ISO 8601 date-time; got ${JSON.stringify(value)}.`);
    return date;
  },
});

export const asIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

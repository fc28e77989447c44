import { breakdownDimensions, topics, type BreakdownDimensionDefinition, type Topic } from "@csc/domain";
import { builder } from "../builder.ts";

export const BreakdownDimensionRef = builder
  .objectRef<BreakdownDimensionDefinition>("BreakdownDimension")
  .implement({
    description: "A way figures are split, such as referral source.",
    fields: (t) => ({
      code: t.exposeString("code", { description: 'Stable code, such as "referral-source".' }),
      name: t.exposeString("name", { description: "Its name for tables and charts." }),
      items: t.field({
        type: [
          builder.objectRef<{ code: string; name: string }>("BreakdownItem").implement({
            description: "One part of a breakdown, such as Police among referral sources.",
            fields: (f) => ({
              code: f.exposeString("code", { description: 'Stable code, such as "police".' }),
              name: f.exposeString("name", { description: "Its name for tables and charts." }),
            }),
          }),
        ],
        description: "The items, in the order reports list them.",
        resolve: (dimension) => dimension.items,
      }),
    }),
  });

export const TopicRef = builder.objectRef<Topic>("Topic").implement({
  description: "A group of related indicators, such as children looked after.",
  fields: (t) => ({
    code: t.exposeString("code", { description: 'Stable code, such as "uasc".' }),
    name: t.exposeString("name", { description: "Its name as a page heading." }),
    description: t.exposeString("description", { description: "What the topic covers, in a sentence." }),
  }),
});

builder.queryFields((t) => ({
  topics: t.field({
    type: [TopicRef],
    description: "Every topic, in the order the dashboard shows them.",
    resolve: () => topics,
  }),
  breakdownDimensions: t.field({
    type: [BreakdownDimensionRef],
    description: "Every way figures can be split.",
    resolve: () => breakdownDimensions,
  }),
}));

import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "./index.ts";

describe("the published schema", () => {
  it("describes every type, field, argument and enum value for the people who read it", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))
        continue;
      if (!type.description) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description && !["first", "last", "before", "after"].includes(arg.name)) {
              missing.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("says what each enum value means where its name does not", () => {
    const granularity = schema.getType("Granularity");
    expect(isEnumType(granularity) && granularity.getValue("FINANCIAL_YEAR")?.description).toMatch(
      /Flows are added up/,
    );
  });
});

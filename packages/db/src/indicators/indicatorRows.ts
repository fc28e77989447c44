import type { Indicator } from "@csc/domain";
import type { Prisma } from "../generated/prisma/client.ts";

/** The columns an indicator is stored with, catalogue or imported. */
export function rowOfIndicator(indicator: Indicator): Prisma.IndicatorUncheckedCreateInput {
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    decimals: indicator.decimals,
    polarity: indicator.polarity,
    topic: indicator.topic,
    kind: indicator.kind,
    dimensionCode: indicator.dimension ?? null,
    tableName: indicator.origin?.table ?? null,
    columnName: indicator.origin?.column ?? null,
  };
}

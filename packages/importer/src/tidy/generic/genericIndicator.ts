import type { BreakdownDimensionDefinition, Indicator, TopicCode, Unit } from "@csc/domain";
import type { FilterColumn, IndicatorColumn } from "./tidyColumns.ts";
import { humanise } from "./tableName.ts";

/** A table's topic from the words in its name: DfE names tables after what they count. */
const TOPIC_WORDS: readonly [RegExp, TopicCode][] = [
  [/uasc|asylum/, "uasc"],
  [/csww|workforce|social_worker/, "workforce"],
  [/foster/, "fostering"],
  [/cpp|protection|s47|section_47|icpc/, "child-protection"],
  [/cin|in_need|referral|assessment/, "front-door"],
  [/cla|looked_after|care_leaver|placement|adopt|ceased|started/, "children-looked-after"],
];

export function topicOfTable(table: string): TopicCode {
  return TOPIC_WORDS.find(([words]) => words.test(table))?.[1] ?? "other-statistics";
}

/** A column's unit: EES's indicator_unit where the meta file gives one, or the column's name. */
export function unitOfColumn({ column, unit }: IndicatorColumn): Unit {
  if (unit === "%") return "percent";
  if (unit?.startsWith("£")) return "money";
  const name = column.toLowerCase();
  if (/per_?10,?000|per_?10k/.test(name)) return "rate-per-10000";
  if (/percent|percentage|(^|_)pc($|_)|(^|_)rate($|_)/.test(name)) return "percent";
  if (/(^|_)fte($|_)/.test(name)) return "fte";
  return "count";
}

export function genericIndicatorCode(table: string, column: string): string {
  return `${table}.${column}`;
}

export function genericDimensionCode(table: string, filters: readonly FilterColumn[]): string {
  return `${table}:${filters.map((filter) => filter.column).join("+")}`;
}

export function genericDimension(
  table: string,
  filters: readonly FilterColumn[],
  items: ReadonlyMap<string, string>,
): BreakdownDimensionDefinition {
  return {
    code: genericDimensionCode(table, filters),
    name: humanise(filters.map((filter) => filter.label).join(" by ")),
    items: [...items].map(([code, name]) => ({ code, name })),
  };
}

/**
 * The indicator a column of a table without a mapping becomes: named from the file and column,
 * measured in the unit its meta file or name gives, with no judgement of whether up is good.
 */
export function genericIndicator(
  table: string,
  column: IndicatorColumn,
  decimals: number,
  dimension: string | undefined,
): Indicator {
  const unit = unitOfColumn(column);
  return {
    code: genericIndicatorCode(table, column.column),
    name: `${humanise(column.label)} (${table})`,
    definition: `The figures in the column "${column.column}" of DfE's table ${table}, as the table gives them. The platform has no mapping for this table, so it says no more than the table does: see the publication's own methodology.`,
    unit,
    decimals,
    polarity: "neutral",
    topic: topicOfTable(table),
    // Whether a count is over a period or on a day cannot be told from the table: it is never summed.
    kind: unit === "percent" || unit === "rate-per-10000" ? "ratio" : "stock",
    ...(dimension ? { dimension } : {}),
    range: {},
    origin: { table, column: column.column },
  };
}

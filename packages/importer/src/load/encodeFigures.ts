import type { Period } from "@csc/domain";
import type { FigureRecord } from "../figures/readFiguresCsv.ts";
import { arrayLiteral } from "./arrayLiteral.ts";

/** What one figure states besides its area, period and value; a file repeats a few of these. */
export interface Statement {
  readonly indicator: string;
  readonly dimension: string | null;
  readonly item: string | null;
  readonly sourceKey: string;
  readonly citation: string;
}

/**
 * Figures ready for one unnest(): statements, areas and periods are sent once each, and every
 * figure carries their 1-based numbers, so that PostgreSQL parses far less. The per-figure
 * columns are array literals (see arrayLiteral).
 */
export interface EncodedFigures {
  readonly statements: readonly Statement[];
  readonly areas: readonly string[];
  readonly periods: readonly Period[];
  /** statement, area, period, value, symbol, qualifier, numerator, denominator. */
  readonly columns: readonly [string, string, string, string, string, string, string, string];
}

/** Gives each distinct key a 1-based number. */
class Numbering<T> {
  readonly values: T[] = [];
  private readonly numbers = new Map<string, number>();
  numberOf(key: string): number | undefined {
    return this.numbers.get(key);
  }
  add(key: string, value: T): number {
    const n = this.values.push(value);
    this.numbers.set(key, n);
    return n;
  }
}

export function encodeFigures(records: readonly FigureRecord[]): EncodedFigures {
  const statements = new Numbering<Statement>();
  const areas = new Numbering<string>();
  const periods = new Numbering<Period>();
  const count = records.length;
  const statement: number[] = new Array<number>(count);
  const area: number[] = new Array<number>(count);
  const period: number[] = new Array<number>(count);
  const value: (number | null)[] = new Array<number | null>(count);
  const symbol: (string | null)[] = new Array<string | null>(count);
  const qualifier: (string | null)[] = new Array<string | null>(count);
  const numerator: (number | null)[] = new Array<number | null>(count);
  const denominator: (number | null)[] = new Array<number | null>(count);
  for (let i = 0; i < count; i++) {
    const r = records[i] as FigureRecord;
    const { breakdown } = r;
    const statementKey = `${r.indicator.code}\u0000${r.sourceKey}\u0000${r.citation}\u0000${breakdown?.dimension ?? ""}\u0000${breakdown?.item ?? ""}`;
    statement[i] =
      statements.numberOf(statementKey) ??
      statements.add(statementKey, {
        indicator: r.indicator.code,
        dimension: breakdown?.dimension ?? null,
        item: breakdown?.item ?? null,
        sourceKey: r.sourceKey,
        citation: r.citation,
      });
    area[i] = areas.numberOf(r.areaCode) ?? areas.add(r.areaCode, r.areaCode);
    period[i] = periods.numberOf(r.period.key) ?? periods.add(r.period.key, r.period);
    value[i] = r.figure.value ?? null;
    symbol[i] = r.figure.symbol ?? null;
    qualifier[i] = r.figure.qualifier ?? null;
    numerator[i] = r.numerator;
    denominator[i] = r.denominator;
  }
  return {
    statements: statements.values,
    areas: areas.values,
    periods: periods.values,
    columns: [
      arrayLiteral(statement),
      arrayLiteral(area),
      arrayLiteral(period),
      arrayLiteral(value),
      arrayLiteral(symbol),
      arrayLiteral(qualifier),
      arrayLiteral(numerator),
      arrayLiteral(denominator),
    ],
  };
}

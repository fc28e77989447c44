import { FigureParseError, parseFigure, type Figure, type Indicator, type ParsedFigure } from "@csc/domain";
import { checkFigureValue } from "./checkFigureValue.ts";

/**
 * Reads one cell of an official table as a figure for an indicator: the figure, or what is wrong
 * with it in words an author can act on. `marks` are a publisher's own symbols (Ofsted's "..").
 */
export function readFigureCell(
  indicator: Indicator,
  text: string,
  marks: Readonly<Record<string, ParsedFigure>> = {},
): { figure: Figure } | { problem: string } {
  let parsed: ParsedFigure;
  try {
    parsed = marks[text.trim()] ?? parseFigure(text);
  } catch (error) {
    if (!(error instanceof FigureParseError)) throw error;
    return { problem: error.message.replace(/^"[^"]*" is not a figure: /, "") };
  }
  const wrong = checkFigureValue(indicator, parsed);
  return wrong ? { problem: wrong } : { figure: parsed.figure };
}

/** A paragraph of a paper, named as a reader would cite it. */
export interface PaperParagraph {
  /** "para 28" for a numbered paragraph, else "paragraph 3" (counting from the top). */
  readonly label: string;
  readonly text: string;
  /** Where it starts in the whole text, so that figures can be marked in place. */
  readonly offset: number;
}

/** Splits a paper into its paragraphs: one per line or block of lines, numbered ones by their number. */
export function paperParagraphs(text: string): PaperParagraph[] {
  const paragraphs: PaperParagraph[] = [];
  const pattern = /[^\r\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const line = match[0];
    if (!line.trim()) continue;
    const numbered = /^\s*(\d{1,3})\.\s/.exec(line);
    paragraphs.push({
      label: numbered ? `para ${numbered[1] ?? ""}` : `paragraph ${String(paragraphs.length + 1)}`,
      text: line,
      offset: match.index,
    });
  }
  return paragraphs;
}

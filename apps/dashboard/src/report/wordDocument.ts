import type { IRunOptions, Paragraph as WordParagraph, Table as WordTable } from "docx";
import { qualityNotes, seriesTableText, sourceLines } from "../charts/seriesTableText.ts";
import type { ReportPanel } from "./reportPanel.ts";

/** A panel ready for Word: its chart already a PNG. */
export interface WordPanel {
  readonly panel: ReportPanel;
  readonly png: { readonly bytes: ArrayBuffer; readonly width: number; readonly height: number } | null;
}

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11_906, height: 16_838, margin: 1_134 };
/** The widest a picture may be, in pixels at 96 to the inch: the page less its margins. */
const MAX_PICTURE_WIDTH = Math.floor(((A4.width - 2 * A4.margin) / 1_440) * 96);

/**
 * The report pack as a Word document: per panel its title, the chart as a picture whose alt text
 * is the panel's text alternative, the caption, the table as a real Word table (figures as
 * published, symbols kept), the notes and a line naming every source. Plain styles (Arial, black,
 * built-in headings) so that a council's template can take it over.
 */
export async function wordDocument(
  panels: readonly WordPanel[],
  heading: { title: string; made: string },
): Promise<Blob> {
  // The docx library is large: it is fetched only when a document is asked for.
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    ImageRun,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import("docx");
  // Typed as run options: TextRun also takes a string, whose own (deprecated) bold() lint would see.
  const run = (options: IRunOptions) => new TextRun(options);
  const text = (content: string, options: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ children: [run({ text: content, ...options })] });
  const cell = (content: string, header: boolean, alignRight: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run({ text: content, bold: header })],
        }),
      ],
    });
  const children: (WordParagraph | WordTable)[] = [
    new Paragraph({ text: heading.title, heading: HeadingLevel.HEADING_1 }),
    text(heading.made, { italics: true }),
  ];
  for (const { panel, png } of panels) {
    const table = seriesTableText(panel.tableSeries);
    const scale = png ? Math.min(1, MAX_PICTURE_WIDTH / png.width) : 1;
    children.push(
      new Paragraph({ text: panel.title, heading: HeadingLevel.HEADING_2 }),
      text(panel.periodRange),
      ...panel.notes.map((note) => text(note)),
    );
    if (png)
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: "png",
              data: png.bytes,
              transformation: {
                width: Math.round(png.width * scale),
                height: Math.round(png.height * scale),
              },
              altText: { name: panel.id, title: panel.caption, description: panel.summary },
            }),
          ],
        }),
      );
    children.push(text(`Summary: ${panel.summary}`));
    children.push(new Paragraph({ text: `Table: ${panel.caption}`, heading: HeadingLevel.HEADING_3 }));
    const rows = [
      new TableRow({ tableHeader: true, children: table.header.map((h, i) => cell(h, true, i > 0)) }),
      ...table.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i > 0)) })),
    ];
    const notes = qualityNotes(panel.tableSeries);
    const dated = panel.annotations.map((a, i) => `${String(i + 1)}. ${a.title} (${a.periodLabel})`);
    children.push(
      new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
      ...(notes.length > 0
        ? [
            text("Data-quality notes († another source differs; r revised)", { bold: true }),
            ...notes.map((n) => text(n)),
          ]
        : []),
      ...(dated.length > 0 ? [text("Dated notes", { bold: true }), ...dated.map((n) => text(n))] : []),
      text(`Sources: ${sourceLines(panel.tableSeries).join(". ")}`),
    );
  }
  const document = new Document({
    title: heading.title,
    creator: "CSC Insight",
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBlob(document);
}

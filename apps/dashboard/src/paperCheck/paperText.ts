/** Text read from a file an author chose: plain text as it is, a Word document's paragraphs one to a line. */
export async function paperText(file: File): Promise<string> {
  if (!/\.docx$/i.test(file.name)) return file.text();
  // The Word reader is large: it is fetched only when a Word document is chosen.
  const mammoth = await import("mammoth");
  const { value } = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
  // mammoth ends each paragraph with a blank line; the check reads one paragraph to a line.
  return value.replace(/\n{2,}/g, "\n").trim();
}

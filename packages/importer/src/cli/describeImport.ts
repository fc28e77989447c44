import type { ImportSummary } from "../import/importFiles.ts";

/** The lines an author reads after an import: per file, what was read, written and left out. */
export function describeImport(summary: ImportSummary): string[] {
  const lines: string[] = [];
  for (const file of summary.files) {
    const { release, inserted, revised, unchanged, earlierEdition } = file.result;
    const counts =
      `${String(inserted)} new, ${String(revised)} revised, ${String(unchanged)} unchanged` +
      (earlierEdition
        ? `, ${String(earlierEdition)} kept as history (an earlier edition than the figures held)`
        : "");
    // A dry run's release is rolled back, so its id means nothing; a real one is what publishing needs.
    const outcome = !release
      ? "no figure is new or changed; nothing to load"
      : summary.dryRun
        ? `would be ${file.dataset} v${String(release.version)}: ${counts}`
        : `is ${file.dataset} v${String(release.version)}, release ${String(release.id)} (${file.published ? "published" : "draft"}): ${counts}`;
    lines.push(`${file.file} (${file.format}, ${String(file.figures)} figures): ${outcome}`);
    for (const note of file.notes) lines.push(`  Note: ${note}`);
  }
  if (summary.qualityIssues.length > 0) {
    lines.push(`Data-quality findings about these figures: ${String(summary.qualityIssues.length)}`);
    for (const issue of summary.qualityIssues)
      lines.push(
        `  ${issue.severity}: ${issue.indicator.name}, ${issue.area.name}, ${issue.period.label}: ${issue.message}`,
      );
  }
  if (summary.dryRun) lines.push("Dry run: nothing was written.");
  const drafts = summary.files.flatMap((file) =>
    file.result.release && !file.published ? [file.result.release.id] : [],
  );
  if (!summary.dryRun && drafts.length > 0)
    lines.push(
      `To publish: publishRelease(id: ${drafts.join(" / ")}) in the API, or the dashboard's Import figures page.`,
    );
  return lines;
}

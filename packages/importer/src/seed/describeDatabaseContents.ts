import { visibilityFor, type PrismaClient } from "@csc/db";

/** A plain summary of the figures held, by topic and indicator, for the start-up log. */
export async function describeDatabaseContents(prisma: PrismaClient): Promise<string> {
  const indicators = await prisma.indicator.findMany({
    orderBy: [{ topic: "asc" }, { code: "asc" }],
    select: { code: true, name: true, topic: true, _count: { select: { observations: true } } },
  });
  // What everyone may read, and what only authors may: the drafts.
  const everyone = visibilityFor(false);
  const draft = { status: "draft" } as const;
  const [figures, releases, revisions, draftFigures, drafts] = await Promise.all([
    prisma.observation.count({ where: everyone.observation }),
    prisma.release.count({ where: everyone.release }),
    prisma.revision.count({ where: everyone.revision }),
    prisma.observation.count({ where: { release: draft } }),
    prisma.release.count({ where: draft }),
  ]);
  const lines = [
    `The database holds ${String(figures)} figures in ${String(releases)} published releases (${String(revisions)} revised)` +
      (drafts
        ? `, and ${String(draftFigures)} more in ${String(drafts)} draft releases awaiting publication.`
        : "."),
  ];
  let topic = "";
  for (const indicator of indicators) {
    if (indicator._count.observations === 0) continue;
    if (indicator.topic !== topic) {
      topic = indicator.topic;
      lines.push(`  ${topic}`);
    }
    lines.push(
      `    ${indicator.code.padEnd(42)} ${String(indicator._count.observations).padStart(4)}  ${indicator.name}`,
    );
  }
  return lines.join("\n");
}

import type { PrismaClient } from "@csc/db";

/** A plain summary of the figures held, by topic and indicator, for the start-up log. */
export async function describeDatabaseContents(prisma: PrismaClient): Promise<string> {
  const indicators = await prisma.indicator.findMany({
    orderBy: [{ topic: "asc" }, { code: "asc" }],
    select: { code: true, name: true, topic: true, _count: { select: { observations: true } } },
  });
  const published = { release: { status: "published" as const } };
  const draft = { release: { status: "draft" as const } };
  const [figures, releases, revisions, draftFigures, drafts] = await Promise.all([
    prisma.observation.count({ where: published }),
    prisma.release.count({ where: { status: "published" } }),
    prisma.revision.count({ where: published }),
    prisma.observation.count({ where: draft }),
    prisma.release.count({ where: { status: "draft" } }),
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

import type { PrismaClient } from "@csc/db";

/** A plain summary of the figures held, by topic and indicator, for the start-up log. */
export async function describeDatabaseContents(prisma: PrismaClient): Promise<string> {
  const indicators = await prisma.indicator.findMany({
    orderBy: [{ topic: "asc" }, { code: "asc" }],
    select: { code: true, name: true, topic: true, _count: { select: { observations: true } } },
  });
  const [observations, releases, revisions] = await Promise.all([
    prisma.observation.count(),
    prisma.release.count({ where: { status: "published" } }),
    prisma.revision.count(),
  ]);
  const lines = [
    `The database holds ${observations} figures in ${releases} published releases (${revisions} revised).`,
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

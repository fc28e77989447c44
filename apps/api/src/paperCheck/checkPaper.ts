import {
  judgeClaims,
  readPaperClaims,
  type Area,
  type HeldFigure,
  type JudgedClaim,
  type PaperClaimRead,
} from "@csc/domain";
import type { ApiContext } from "../context.ts";
import { loadSeries } from "../series/loadSeries.ts";

/** The indicators a paper's claims speak of, whether as figures or as one side of a comparison. */
function indicatorCodesOf(claims: readonly PaperClaimRead[]): string[] {
  const codes = claims.flatMap((claim) => [
    ...(claim.subject ? [claim.subject.indicator] : []),
    ...(claim.compares
      ? [claim.compares.later, claim.compares.earlier].flatMap((o) =>
          "subject" in o ? [o.subject.indicator] : [],
        )
      : []),
  ]);
  return [...new Set(codes)];
}

/**
 * Checks the figures a draft paper states against those the reader may see for the council: the
 * series of every measure the paper speaks of are read in one go, then each claim is judged.
 */
export async function checkPaper(context: ApiContext, text: string, area: Area): Promise<JudgedClaim[]> {
  const claims = readPaperClaims(text);
  const indicators = (
    await Promise.all(indicatorCodesOf(claims).map((code) => context.indicator(code)))
  ).flatMap((indicator) => (indicator ? [indicator] : []));
  const results = await loadSeries(
    context.prisma,
    context.visibility,
    indicators.map((indicator) => ({
      indicator,
      indicatorCode: indicator.code,
      areaCodes: [area.code],
      from: null,
      to: null,
      granularity: "published" as const,
      breakdown: null,
      sourceKey: null,
    })),
  );
  const held = new Map<string, HeldFigure[]>();
  results.forEach((result, i) => {
    const code = indicators[i]?.code;
    if (!code || !Array.isArray(result)) return;
    for (const series of result)
      held.set(
        `${code}|${series.breakdown?.itemCode ?? ""}`,
        series.points.flatMap((point) =>
          point.figure.value === undefined
            ? []
            : [
                {
                  value: point.figure.value,
                  formatted: point.formatted,
                  period: point.period,
                  sources: point.sources.map((s) => `${s.title}: ${s.citation}`),
                  alternatives: point.disagreements.flatMap((d) =>
                    d.figure.value === undefined
                      ? []
                      : [
                          {
                            value: d.figure.value,
                            formatted: d.formatted,
                            source: `${d.source.title}: ${d.source.citation}`,
                          },
                        ],
                  ),
                },
              ],
        ),
      );
  });
  return judgeClaims(claims, (indicator, breakdown) => held.get(`${indicator}|${breakdown ?? ""}`) ?? []);
}

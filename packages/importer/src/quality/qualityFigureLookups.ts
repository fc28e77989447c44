import { IndicatorDirectory, type Prisma, type PrismaClient, type Visibility } from "@csc/db";
import { figureOfObservation, periodFromKey, type Period, type QualityFigure } from "@csc/domain";

/** Only the figures' own columns: what they refer to is read once and shared (see QualityFigureLookups). */
export const observationSelect = {
  id: true,
  indicatorCode: true,
  areaCode: true,
  periodKey: true,
  breakdownItemId: true,
  value: true,
  symbol: true,
  qualifier: true,
  numerator: true,
  denominator: true,
  sourceId: true,
  citation: true,
  releaseId: true,
} satisfies Prisma.ObservationSelect;

export type StoredObservation = Prisma.ObservationGetPayload<{ select: typeof observationSelect }>;

/**
 * The areas, sources, breakdown items and periods the figures refer to. The rules may read
 * hundreds of thousands of figures, which name a few hundred of these between them; reading each
 * once, instead of with every figure, is most of what makes a check after a large import quick.
 */
export class QualityFigureLookups {
  private readonly periods = new Map<string, Period>();
  private constructor(
    private readonly indicators: IndicatorDirectory,
    private readonly areas: ReadonlyMap<string, QualityFigure["area"]>,
    private readonly sources: ReadonlyMap<number, QualityFigure["source"]>,
    private readonly breakdowns: ReadonlyMap<number, NonNullable<QualityFigure["breakdown"]>>,
  ) {}

  static async read(
    prisma: PrismaClient | Prisma.TransactionClient,
    visibility: Visibility,
  ): Promise<QualityFigureLookups> {
    // One after the other: after an import they run in its transaction, on a single connection.
    const indicators = await IndicatorDirectory.read(prisma, visibility);
    const areas = await prisma.area.findMany({ select: { code: true, name: true } });
    const sources = await prisma.source.findMany({ select: { id: true, key: true, title: true } });
    const items = await prisma.breakdownItem.findMany({
      select: { id: true, code: true, name: true, dimensionCode: true },
    });
    return new QualityFigureLookups(
      indicators,
      new Map(areas.map((area) => [area.code, area])),
      new Map(sources.map(({ id, key, title }) => [id, { key, title }])),
      new Map(
        items.map((item) => [item.id, { dimension: item.dimensionCode, item: item.code, name: item.name }]),
      ),
    );
  }

  figure(o: StoredObservation): QualityFigure {
    let period = this.periods.get(o.periodKey);
    if (!period) {
      period = periodFromKey(o.periodKey);
      this.periods.set(o.periodKey, period);
    }
    return {
      id: o.id,
      indicator: this.indicators.require(o.indicatorCode),
      area: this.areas.get(o.areaCode) ?? { code: o.areaCode, name: o.areaCode },
      period,
      breakdown: o.breakdownItemId === null ? null : (this.breakdowns.get(o.breakdownItemId) ?? null),
      figure: figureOfObservation(o),
      numerator: o.numerator?.toNumber() ?? null,
      denominator: o.denominator?.toNumber() ?? null,
      source: this.sources.get(o.sourceId) ?? {
        key: String(o.sourceId),
        title: `Source ${String(o.sourceId)}`,
      },
      citation: o.citation,
    };
  }
}

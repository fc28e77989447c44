import {
  breakdownDimensions,
  findBreakdownDimension,
  indicatorCatalogue,
  type BreakdownDimensionDefinition,
  type Indicator,
  type Polarity,
  type TopicCode,
  type Unit,
} from "@csc/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Visibility } from "../visibility/visibility.ts";

type ImportedRow = Prisma.IndicatorGetPayload<object>;

/** The domain's view of an indicator an import made from a table the catalogue does not map. */
function indicatorOfRow(row: ImportedRow): Indicator {
  return {
    code: row.code,
    name: row.name,
    definition: row.definition,
    unit: row.unit as Unit,
    decimals: row.decimals,
    polarity: row.polarity as Polarity,
    topic: row.topic as TopicCode,
    kind: row.kind,
    ...(row.dimensionCode ? { dimension: row.dimensionCode } : {}),
    // Such tables hold changes and differences as readily as counts: no range is assumed.
    range: {},
    ...(row.tableName && row.columnName ? { origin: { table: row.tableName, column: row.columnName } } : {}),
  };
}

/**
 * Every indicator a reader may see: the domain catalogue, and those imports made from tables it
 * does not map (kept in the database, and hidden while only a draft release has figures for them).
 * Read once per request or check, then looked up without further reads.
 */
export class IndicatorDirectory {
  private readonly byCode: ReadonlyMap<string, Indicator>;
  private readonly dimensions: ReadonlyMap<string, BreakdownDimensionDefinition>;

  private constructor(
    readonly imported: readonly Indicator[],
    dimensions: readonly BreakdownDimensionDefinition[],
  ) {
    this.byCode = new Map(
      [...indicatorCatalogue, ...imported].map((indicator) => [indicator.code, indicator]),
    );
    this.dimensions = new Map([...breakdownDimensions, ...dimensions].map((d) => [d.code, d]));
  }

  /** The catalogue alone, for callers with no database (and tests of catalogue figures). */
  static readonly catalogue = new IndicatorDirectory([], []);

  static async read(
    prisma: PrismaClient | Prisma.TransactionClient,
    visibility: Pick<Visibility, "indicator">,
  ): Promise<IndicatorDirectory> {
    const rows = await prisma.indicator.findMany({
      where: { tableName: { not: null }, ...visibility.indicator },
      orderBy: { code: "asc" },
    });
    // Their breakdowns are read only when there are any: most requests read one statement here.
    const codes = [
      ...new Set(
        rows.flatMap((row) =>
          row.dimensionCode && !findBreakdownDimension(row.dimensionCode) ? [row.dimensionCode] : [],
        ),
      ),
    ];
    const items = codes.length
      ? await prisma.breakdownItem.findMany({
          where: { dimensionCode: { in: codes } },
          orderBy: [{ dimensionCode: "asc" }, { sortOrder: "asc" }],
          include: { dimension: { select: { name: true } } },
        })
      : [];
    const dimensions = new Map<string, BreakdownDimensionDefinition>();
    for (const item of items) {
      const dimension = dimensions.get(item.dimensionCode) ?? {
        code: item.dimensionCode,
        name: item.dimension.name,
        items: [],
      };
      dimensions.set(item.dimensionCode, {
        ...dimension,
        items: [...dimension.items, { code: item.code, name: item.name }],
      });
    }
    return new IndicatorDirectory(rows.map(indicatorOfRow), [...dimensions.values()]);
  }

  all(): readonly Indicator[] {
    return [...this.byCode.values()];
  }

  find(code: string): Indicator | undefined {
    return this.byCode.get(code);
  }

  require(code: string): Indicator {
    const indicator = this.byCode.get(code);
    if (!indicator) throw new RangeError(`"${code}" is not an indicator the platform holds.`);
    return indicator;
  }

  dimension(code: string): BreakdownDimensionDefinition | undefined {
    return this.dimensions.get(code);
  }
}

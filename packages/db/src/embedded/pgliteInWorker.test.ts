import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client.ts";
import { createTestDatabase, testBackends, type TestDatabase } from "../testing/testDatabase.ts";

/** Timer callbacks that ran, 10 ms apart, while `work` was in hand. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => {
    ticks++;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe("the embedded database on a thread of its own", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  }, 60_000);
  afterAll(() => db.destroy());

  it("leaves the server free to answer others while a statement runs", async () => {
    // In the API's own thread, PGlite's PostgreSQL ran statements synchronously: no timer ran (0).
    const ticks = await ticksDuring(() => db.pglite?.query("SELECT pg_sleep(0.5)") ?? Promise.resolve());
    expect(ticks).toBeGreaterThanOrEqual(20);
  });

  it("still answers once a statement of its has failed", async () => {
    await expect(db.pglite?.query("SELECT 1/0")).rejects.toMatchObject({ code: "22012" });
    expect((await db.pglite?.query<{ one: number }>("SELECT 1 AS one"))?.rows).toEqual([{ one: 1 }]);
  });
});

describe.each(testBackends)("statements and transactions through Prisma (%s)", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  }, 60_000);
  afterAll(() => db.destroy());

  it("reports PostgreSQL's errors with Prisma's codes", async () => {
    await db.prisma.area.create({ data: { code: "E92000001", name: "England", level: "country" } });
    const again = db.prisma.area.create({ data: { code: "E92000001", name: "England", level: "country" } });
    await expect(again).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(again).rejects.toMatchObject({ code: "P2002" });
    await expect(db.prisma.$queryRaw`SELECT 1/0`).rejects.toThrow(/division by zero/);
  });

  it("keeps nothing of a transaction that failed, and all of one that succeeded", async () => {
    const region = { code: "E12000008", name: "South East", level: "region" } as const;
    const failed = db.prisma.$transaction(async (tx) => {
      await tx.area.create({ data: region });
      expect(await tx.area.count({ where: { code: region.code } })).toBe(1);
      throw new Error("the import found a bad row");
    });
    await expect(failed).rejects.toThrow("the import found a bad row");
    expect(await db.prisma.area.count({ where: { code: region.code } })).toBe(0);

    await db.prisma.$transaction(async (tx) => {
      await tx.area.create({ data: region });
      await tx.area.create({
        data: { code: "E10000014", name: "Hampshire", level: "local_authority", parentCode: region.code },
      });
    });
    expect(await db.prisma.area.count({ where: { code: { in: [region.code, "E10000014"] } } })).toBe(2);
  });

  it("gives back dates, decimals and big integers as they were written", async () => {
    const period = {
      key: "FY2024-25",
      kind: "FINANCIAL_YEAR",
      start: new Date("2024-04-01T00:00:00Z"),
      end: new Date("2025-03-31T00:00:00Z"),
      label: "2024-25",
    };
    await db.prisma.period.create({ data: period });
    expect(await db.prisma.period.findUniqueOrThrow({ where: { key: period.key } })).toEqual(period);

    const [row] = await db.prisma.$queryRaw<{ value: Prisma.Decimal; version: bigint }[]>`
      SELECT 1234.567891::numeric(20, 6) AS "value", 9007199254740993::bigint AS "version"`;
    expect(row?.value.toString()).toBe("1234.567891");
    expect(row?.version).toBe(9007199254740993n);
  });
});

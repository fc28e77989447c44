import { describe, expect, it } from "vitest";
import { createTestDatabase, testBackends } from "@csc/db";
import { arrayLiteral } from "./arrayLiteral.ts";

describe("arrayLiteral", () => {
  it("leaves out trailing NULLs, which unnest() pads back", () => {
    expect(arrayLiteral([1, null, 2.5, null, null])).toBe("{1,NULL,2.5}");
    expect(arrayLiteral([null, null])).toBe("{}");
  });

  it.each(testBackends)("reads back in %s exactly as given, whatever the text holds", async (backend) => {
    const db = await createTestDatabase(backend);
    try {
      const texts = ['say "hi"', "back\\slash", "a,b", "{braces}", "NULL", " spaced ", "", "£6.5m"];
      const rows = await db.prisma.$queryRawUnsafe<{ text: string | null; number: string | null }[]>(
        `SELECT t AS text, n::text AS number FROM unnest($1::text[], $2::numeric[]) WITH ORDINALITY AS x(t, n, o) ORDER BY o`,
        arrayLiteral([...texts, null]),
        arrayLiteral([1656, -26, 11.1, 0.000001, 1e21, null, 3, 4, 5]),
      );
      expect(rows.map((row) => row.text)).toEqual([...texts, null]);
      expect(rows.map((row) => row.number)).toEqual([
        "1656",
        "-26",
        "11.1",
        "0.000001",
        "1000000000000000000000",
        null,
        "3",
        "4",
        "5",
      ]);
    } finally {
      await db.destroy();
    }
  });
});

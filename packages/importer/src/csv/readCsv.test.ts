import { describe, expect, it } from "vitest";
import { ImportValidationError } from "../importProblem.ts";
import { readCsv } from "./readCsv.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemsOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof ImportValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected an ImportValidationError");
}

describe("readCsv", () => {
  it("reads records by header with the line each starts on", () => {
    const table = readCsv("f.csv", utf8('a,b\n1,2\n\n"x, y",3\n'));
    expect(table.header).toEqual(["a", "b"]);
    expect(table.records).toEqual([
      { line: 2, cells: { a: "1", b: "2" } },
      { line: 4, cells: { a: "x, y", b: "3" } },
    ]);
  });

  it("keeps line numbers right after a cell with a line break in it, as Excel saves one", () => {
    const table = readCsv("f.csv", utf8('a,b\r\n"two\nlines",1\r\n\r\n2,3\r\n'));
    expect(table.records.map((record) => record.cells.a)).toEqual(["two\nlines", "2"]);
    expect(table.records[1]?.line).toBe(5);
    const plain = readCsv("f.csv", utf8("a,b\r\n1,2\r\n\r\n3,4"));
    expect(plain.records.map((record) => record.line)).toEqual([2, 4]);
  });

  it("drops a UTF-8 byte-order mark so the first column keeps its name", () => {
    const table = readCsv("f.csv", utf8("\uFEFFtime_period,value\n2021,5\n"));
    expect(table.header[0]).toBe("time_period");
  });

  it("reads Windows-1252 files saved from Excel", () => {
    // "£6.5m" with the pound sign as the single byte 0xA3.
    const bytes = Uint8Array.from([...utf8("value\n"), 0xa3, ...utf8("6.5m\n")]);
    expect(readCsv("f.csv", bytes).records[0]?.cells.value).toBe("£6.5m");
  });

  it("reads Windows-1252 dashes, quotes and the euro sign as they are, not as control characters", () => {
    // "Apr–Jun 2021", "Children’s", "€5" with 0x96, 0x92 and 0x80: Node 20's TextDecoder loses them.
    const bytes = Uint8Array.from([
      ...utf8("period,name,cost\nApr"),
      0x96,
      ...utf8("Jun 2021,Children"),
      0x92,
      ...utf8("s,"),
      0x80,
      ...utf8("5\n"),
    ]);
    expect(readCsv("f.csv", bytes).records[0]?.cells).toEqual({
      period: "Apr–Jun 2021",
      name: "Children’s",
      cost: "€5",
    });
  });

  it("refuses control characters in cells, a bare carriage return among them, saying where", () => {
    // A carriage return counts as a line break, as editors count it: the bell is on line 4.
    const problems = problemsOf(() =>
      readCsv("f.csv", utf8('a,citation\n1,"Table 1\rrow 2"\n2,bell\u0007\n3,fine\n')),
    );
    expect(problems).toEqual([
      {
        file: "f.csv",
        line: 3,
        column: "citation",
        message: expect.stringMatching(
          /^the cell holds a control character \(U\+000D, a carriage return without a line feed\)/,
        ),
      },
      {
        file: "f.csv",
        line: 4,
        column: "citation",
        message: expect.stringMatching(/control character \(U\+0007\)/),
      },
    ]);
  });

  it("refuses an empty file", () => {
    expect(problemsOf(() => readCsv("empty.csv", utf8("  \n")))).toEqual([
      { file: "empty.csv", line: 0, message: "the file is empty; expected a header row and figures" },
    ]);
  });

  it("says which line breaks the CSV: a short row or an unclosed quote", () => {
    const [short] = problemsOf(() => readCsv("f.csv", utf8("a,b\n1,2\n3\n")));
    expect(short).toMatchObject({ file: "f.csv", line: 3 });
    expect(short?.message).toMatch(/the row has 1 fields but the header has 2; is the line cut short/);
    const [unclosed] = problemsOf(() => readCsv("f.csv", utf8('a,b\n1,2\n"3,4\n')));
    expect(unclosed?.message).toMatch(/quote/i);
  });
});

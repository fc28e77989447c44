import { describe, expect, it } from "vitest";
import { sharedReads } from "./sharedReads.ts";

/** A read whose answer is the number of reads started so far, finished when the test says. */
function controlledRead() {
  let started = 0;
  const finishers: (() => void)[] = [];
  const failers: ((error: Error) => void)[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const number = ++started;
      finishers.push(() => {
        resolve(number);
      });
      failers.push(reject);
    });
  return {
    read,
    started: () => started,
    finish: (index: number) => finishers[index]?.(),
    fail: (index: number) => failers[index]?.(new Error("the database is down")),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("reads shared by the requests that ask at once", () => {
  it("gives those who ask during a read the next read, started after they asked", async () => {
    const source = controlledRead();
    const read = sharedReads(source.read);
    const first = read();
    await settle();
    expect(source.started()).toBe(1);
    // Asked while the first read is under way: it may predate a change they must see.
    const second = read();
    const third = read();
    await settle();
    expect(source.started()).toBe(1);
    source.finish(0);
    expect(await first).toBe(1);
    await settle();
    expect(source.started()).toBe(2);
    source.finish(1);
    expect(await Promise.all([second, third])).toEqual([2, 2]);
  });

  it("reads again for whoever asks after the last read has ended", async () => {
    const source = controlledRead();
    const read = sharedReads(source.read);
    const first = read();
    await settle();
    source.finish(0);
    expect(await first).toBe(1);
    const later = read();
    await settle();
    source.finish(1);
    expect(await later).toBe(2);
  });

  it("fails only those sharing a failed read, and reads afresh for the next", async () => {
    const source = controlledRead();
    const read = sharedReads(source.read);
    const failing = read();
    await settle();
    source.fail(0);
    await expect(failing).rejects.toThrow("the database is down");
    const next = read();
    await settle();
    source.finish(1);
    expect(await next).toBe(2);
  });
});

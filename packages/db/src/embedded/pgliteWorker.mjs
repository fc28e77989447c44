// @ts-check
/**
 * The embedded database's own thread: PGlite runs PostgreSQL as WebAssembly, synchronously, and
 * parses its answers in JavaScript, which on the API's thread took 45–60% of the time of a
 * request built afresh (docs/benchmarks.md). Here it works beside the API's thread instead.
 *
 * Plain JavaScript so that Node runs it as it is, in tests (whose loader does not reach worker
 * threads) and in the built server, which copies it beside its bundle. Messages are described in
 * workerProtocol.ts; each is passed straight to PGlite, in the order it came, so that PGlite's own
 * queueing (one statement at a time, nothing else during a transaction) is what decides order.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, messages } from "@electric-sql/pglite";

if (!parentPort) throw new Error("pgliteWorker.mjs runs only as a worker thread.");
const port = parentPort;

// Node types workerData as any; its shape is the one startPgliteInWorker (pgliteInWorker.ts) sends.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const { dataDir, startParams } = /** @type {{ dataDir: string | undefined, startParams: string[] }} */ (
  workerData
);

/** Types whose text the API's thread parses itself (its parsers are functions, which cannot be sent). */
const keepText = (/** @type {readonly number[]} */ types) => {
  const identity = (/** @type {string} */ text) => text;
  return Object.fromEntries(types.map((type) => [type, identity]));
};

/**
 * @typedef {import("@electric-sql/pglite").Transaction} Transaction
 * @typedef {{ tx: Transaction, finish: (ok: boolean) => void }} OpenTransaction
 */
/** @type {Map<number, OpenTransaction>} */
const transactions = new Map();
/** @type {Map<number, Promise<void>>} How each open transaction ends: committed, or rolled back as asked. */
const ending = new Map();
let nextTransaction = 1;

/** @param {unknown} error */
function describe(error) {
  if (error instanceof Error) {
    /** @type {Record<string, unknown>} */
    const fields = {};
    for (const [key, value] of Object.entries(error)) if (typeof value !== "object") fields[key] = value;
    return {
      message: error.message,
      stack: error.stack,
      fields,
      database: error instanceof messages.DatabaseError,
    };
  }
  return { message: String(error), fields: {}, database: false };
}

/** @param {number} id @param {() => Promise<unknown>} work */
function answer(id, work) {
  work().then(
    (result) => {
      port.postMessage({ id, result });
    },
    (/** @type {unknown} */ error) => {
      port.postMessage({ id, error: describe(error) });
    },
  );
}

const pglite = await PGlite.create(dataDir, {
  startParams,
}).catch((/** @type {unknown} */ error) => {
  port.postMessage({ id: 0, error: describe(error) });
  return null;
});
if (pglite) {
  port.postMessage({ id: 0, result: null });

  /** @param {number | undefined} tx */
  const target = (tx) => {
    if (tx === undefined) return pglite;
    const open = transactions.get(tx);
    if (!open) throw new Error(`Transaction ${String(tx)} is no longer open.`);
    return open.tx;
  };

  port.on("message", (/** @type {import("./workerProtocol.ts").Request} */ message) => {
    const { id } = message;
    switch (message.op) {
      case "query":
        answer(id, async () => {
          const { rowMode, paramTypes } = message.options;
          const results = await target(message.tx).query(message.sql, [...message.params], {
            rowMode,
            paramTypes,
            parsers: keepText(message.keepText),
          });
          return { rows: results.rows, fields: results.fields, affectedRows: results.affectedRows };
        });
        return;
      case "exec":
        answer(id, async () =>
          (await target(message.tx).exec(message.sql, { parsers: keepText(message.keepText) })).map(
            (results) => ({
              rows: results.rows,
              fields: results.fields,
              affectedRows: results.affectedRows,
            }),
          ),
        );
        return;
      case "begin": {
        const tx = nextTransaction++;
        let begun = false;
        const rolledBack = new Error("rolled back by the caller");
        // Settled when the API's thread ends it ("end"): ok commits, not ok rolls back.
        const done = pglite.transaction(
          (open) =>
            new Promise((resolve, reject) => {
              begun = true;
              transactions.set(tx, {
                tx: open,
                finish: (ok) => {
                  if (ok) resolve(undefined);
                  else reject(rolledBack);
                },
              });
              port.postMessage({ id, result: tx });
            }),
        );
        const settled = done.then(
          () => undefined,
          (/** @type {unknown} */ error) => {
            if (error !== rolledBack) throw error;
          },
        );
        settled.catch((/** @type {unknown} */ error) => {
          if (!begun) port.postMessage({ id, error: describe(error) });
        });
        ending.set(tx, settled);
        return;
      }
      case "end": {
        const open = transactions.get(message.tx);
        const settled = ending.get(message.tx) ?? Promise.resolve();
        transactions.delete(message.tx);
        ending.delete(message.tx);
        open?.finish(message.ok);
        answer(id, () => settled);
        return;
      }
      case "rollback":
        answer(id, () => target(message.tx).rollback());
        return;
      case "close":
        answer(id, () => pglite.close());
        return;
    }
  });
}

import { Worker } from "node:worker_threads";
import { messages, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";
import type { Reply, Request, SentError } from "./workerProtocol.ts";

/** What the API asks of PGlite: the part of its interface that Prisma's adapter and the tests use. */
export interface EmbeddedPostgres {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(work: (tx: EmbeddedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A transaction on the embedded database, as Prisma's adapter uses one. */
export type EmbeddedTransaction = Pick<Transaction, "query" | "exec" | "rollback" | "closed">;

type Pending = { resolve(result: unknown): void; reject(error: Error): void };
/** Each kind of request without its id, which `ask` gives it. */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
type Ask = (request: WithoutId<Request>) => Promise<unknown>;

/**
 * The worker's young generation, where the rows it parses are made and soon dropped. V8's own
 * size for it took the API's peak with every answer built afresh under 50 clients to 531–540 MB
 * (goal 500); 8 MB gave 455–493 MB, for 5–12% fewer of the largest answers a second (16 MB: 476 MB).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** The worker's file: beside this module in the source, beside the bundle once built. */
const workerFile = new URL("./pgliteWorker.mjs", import.meta.url);

/**
 * PGlite on a thread of its own (pgliteWorker.mjs), answering through messages: a statement's
 * execution and the parsing of its answer no longer hold up the API's requests. Values whose
 * types the caller parses itself (Prisma's adapter gives parsers for dates, decimals, JSON) come
 * back as text and are parsed here, as PGlite would have.
 */
export async function startPgliteInWorker(
  dataDir: string | undefined,
  startParams: string[],
): Promise<EmbeddedPostgres> {
  const worker = new Worker(workerFile, {
    workerData: { dataDir, startParams },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;

  const opened = new Promise<void>((resolve, reject) => {
    pending.set(0, {
      resolve: () => {
        resolve();
      },
      reject,
    });
  });
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ("error" in reply) waiting.reject(revive(reply.error));
    else waiting.resolve(reply.result);
  });
  const fail = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => {
    fail(new Error(`The embedded database's thread stopped (exit code ${String(code)}).`));
  });

  const ask: Ask = (request) => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  };

  try {
    await opened;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    ...queryable(ask, undefined),
    async transaction<T>(work: (tx: EmbeddedTransaction) => Promise<T>): Promise<T> {
      const tx = (await ask({ op: "begin" })) as number;
      let closed = false;
      const open: EmbeddedTransaction = {
        ...queryable(ask, tx),
        async rollback() {
          closed = true;
          await ask({ op: "rollback", tx });
        },
        get closed() {
          return closed;
        },
      };
      let result: T;
      try {
        result = await work(open);
      } catch (error) {
        // What went wrong is the caller's error; a thread that has stopped has rolled back anyway.
        await ask({ op: "end", tx, ok: false }).catch(() => undefined);
        throw error;
      }
      await ask({ op: "end", tx, ok: true });
      return result;
    },
    async close() {
      if (failure) return;
      await ask({ op: "close" });
      await worker.terminate();
    },
  };
}

function queryable(ask: Ask, tx: number | undefined): Pick<EmbeddedPostgres, "query" | "exec"> {
  return {
    async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
      if (options.blob || options.serializers || options.onNotice)
        throw new Error("The embedded database's thread takes no blob, serializers or onNotice.");
      const parsers = options.parsers ?? {};
      const keepText = Object.keys(parsers).map(Number);
      const results = (await ask({
        op: "query",
        tx,
        sql,
        params,
        options: { rowMode: options.rowMode, paramTypes: options.paramTypes },
        keepText,
      })) as Results<T>;
      return keepText.length ? parsed(results, parsers, options.rowMode ?? "object") : results;
    },
    async exec(sql: string, options: QueryOptions = {}): Promise<Results[]> {
      const parsers = options.parsers ?? {};
      const keepText = Object.keys(parsers).map(Number);
      const results = (await ask({ op: "exec", tx, sql, keepText })) as Results[];
      return keepText.length ? results.map((each) => parsed(each, parsers, "object")) : results;
    },
  };
}

/** Applies the caller's parsers to the values the worker left as text. */
function parsed<T>(
  results: Results<T>,
  parsers: NonNullable<QueryOptions["parsers"]>,
  rowMode: "array" | "object",
): Results<T> {
  const columns = results.fields.flatMap((field, index) => {
    const parse = parsers[field.dataTypeID];
    return parse ? [{ index, name: field.name, parse }] : [];
  });
  if (!columns.length) return results;
  for (const row of results.rows as unknown[]) {
    const values = row as Record<string | number, unknown>;
    for (const column of columns) {
      const key = rowMode === "array" ? column.index : column.name;
      const text = values[key];
      if (typeof text === "string") values[key] = column.parse(text);
    }
  }
  return results;
}

/** An error from the worker as the thread that asked would have seen it: PostgreSQL's as DatabaseError. */
function revive(sent: SentError): Error {
  const error = sent.database
    ? new messages.DatabaseError(sent.message, Number(sent.fields.length ?? 0), "error")
    : new Error(sent.message);
  Object.assign(error, sent.fields);
  if (sent.stack) error.stack = sent.stack;
  return error;
}

import type { RowMode } from "@electric-sql/pglite";

/** What the API's thread asks of the embedded database's thread (pgliteWorker.mjs). */
export type Request =
  | {
      readonly id: number;
      readonly op: "query";
      readonly tx?: number;
      readonly sql: string;
      readonly params: readonly unknown[];
      readonly options: { readonly rowMode?: RowMode; readonly paramTypes?: number[] };
      /** Types whose values come back as their text, for this thread's own parsers. */
      readonly keepText: readonly number[];
    }
  | {
      readonly id: number;
      readonly op: "exec";
      readonly tx?: number;
      readonly sql: string;
      readonly keepText: readonly number[];
    }
  | { readonly id: number; readonly op: "begin" }
  | { readonly id: number; readonly op: "end"; readonly tx: number; readonly ok: boolean }
  | { readonly id: number; readonly op: "rollback"; readonly tx: number }
  | { readonly id: number; readonly op: "close" };

/** An error as it crosses threads: its own fields, and whether it was PostgreSQL's. */
export interface SentError {
  readonly message: string;
  readonly stack?: string;
  readonly fields: Record<string, unknown>;
  readonly database: boolean;
}

/** The embedded database thread's reply to request `id` (0: it has opened, or failed to). */
export type Reply =
  { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: SentError };

import { LRUCache } from "lru-cache";
import { compressAnswer, type AnswerEncoding } from "./answerCompression.ts";

interface KeptAnswer {
  readonly text: string;
  /** Each compressed form, made the first time a browser asked for it. */
  readonly forms: Map<AnswerEncoding, Promise<Buffer>>;
  /** What the forms already made take, counted with the text against the store's size. */
  readonly formBytes: number;
}

export interface KeptAnswerStore {
  /** The text kept for a question, if it is still kept. */
  text(key: string): string | undefined;
  keep(key: string, text: string): void;
  /**
   * The kept answer to a question compressed as a browser asked, made once and then kept with
   * it; undefined when `text` is not what is kept for that question (it was let go, or never
   * kept), so that the caller compresses what it holds itself.
   */
  compressed(key: string, text: string, encoding: AnswerEncoding): Promise<Buffer> | undefined;
}

export interface KeptAnswerStoreOptions {
  /** How much answer text (and its compressed forms) to keep, least recently used out first. */
  readonly maxBytes: number;
  /** How long an unused answer may be kept. */
  readonly lifetimeSeconds: number;
}

/**
 * Whole answers in memory, each with the compressed forms browsers were sent. Compressing a kept
 * answer again for every browser that asked for it cost the API a third of the requests it
 * answered a second, and memory it kept: glibc holds what libuv's worker threads allocate for
 * compression in pools of their own (docs/benchmarks.md, Memory).
 */
export function keptAnswerStore({ maxBytes, lifetimeSeconds }: KeptAnswerStoreOptions): KeptAnswerStore {
  const answers = new LRUCache<string, KeptAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer) => answer.text.length + answer.formBytes,
    ttl: lifetimeSeconds * 1000,
  });

  function keepForm(key: string, answer: KeptAnswer, encoding: AnswerEncoding): Promise<Buffer> {
    const form = compressAnswer(answer.text, encoding);
    answer.forms.set(encoding, form);
    form.then(
      (bytes) => {
        // Counted only while the answer is still kept (its forms are its identity: an answer kept
        // again has new ones); one let go meanwhile must not come back. A new entry, since the
        // cache measures an entry only when given a different one.
        const kept = answers.peek(key);
        if (kept?.forms !== answer.forms) return;
        answers.set(key, { ...kept, formBytes: kept.formBytes + bytes.length }, { noUpdateTTL: true });
      },
      () => {
        // Whoever awaits the form sends the text compressed as it goes; the next try makes it anew.
        answer.forms.delete(encoding);
      },
    );
    return form;
  }

  return {
    text: (key) => answers.get(key)?.text,
    keep(key, text) {
      answers.set(key, { text, forms: new Map(), formBytes: 0 });
    },
    compressed(key, text, encoding) {
      const answer = answers.peek(key);
      if (answer?.text !== text) return undefined;
      return answer.forms.get(encoding) ?? keepForm(key, answer, encoding);
    },
  };
}

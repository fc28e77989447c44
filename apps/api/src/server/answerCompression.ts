import { promisify } from "node:util";
import zlib from "node:zlib";

/** The compressed forms the API sends, in the order it prefers them when a browser takes both. */
export const ANSWER_ENCODINGS = ["br", "gzip"] as const;
export type AnswerEncoding = (typeof ANSWER_ENCODINGS)[number];

/**
 * Brotli at quality 4, for the compression middleware and the kept answers' compressed forms
 * alike: answers built afresh are compressed as they are sent, and a kept answer's first asker
 * waits for its form. On an 86 kB series answer quality 4 gave 6.4 kB in 0.6 ms, quality 11
 * 4.9 kB in 119 ms (docs/benchmarks.md).
 */
export const brotliOptions: zlib.BrotliOptions = {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
};

/** Answers smaller than this go uncompressed, as the compression middleware's own threshold has it. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Compresses an answer on libuv's worker threads, off the event loop. */
export function compressAnswer(text: string, encoding: AnswerEncoding): Promise<Buffer> {
  return encoding === "br" ? brotli(text, brotliOptions) : gzip(text);
}

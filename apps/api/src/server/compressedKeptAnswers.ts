import type { RequestHandler } from "express";
import Negotiator from "negotiator";
import { ANSWER_ENCODINGS, COMPRESSION_THRESHOLD_BYTES, type AnswerEncoding } from "./answerCompression.ts";
import { keyOfAnswerTag } from "./answerTag.ts";
import type { KeptAnswerStore } from "./keptAnswerStore.ts";

const isAnswerEncoding = (encoding: string | undefined): encoding is AnswerEncoding =>
  (ANSWER_ENCODINGS as readonly string[]).includes(encoding ?? "");

/**
 * Sends a kept answer in the compressed form kept with it (keptAnswerStore.ts), made the first
 * time a browser asked for it, rather than having the compression middleware compress the same
 * text again for every request. Anything else (an answer not kept, a browser that takes neither
 * form, a request its cached copy answers) goes on to Express's own `send` and the middleware.
 * Goes before Apollo's middleware on the GraphQL route, whose answers Apollo sends with `send`.
 */
export function compressedKeptAnswers(store: KeptAnswerStore): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const key = keyOfAnswerTag(res.getHeader("etag"));
      if (
        key === null ||
        typeof body !== "string" ||
        res.statusCode !== 200 ||
        req.method === "HEAD" ||
        // Express answers 304 Not Modified when the browser's copy has the same tag.
        req.fresh ||
        // A string has at least as many UTF-8 bytes as characters: only short ones are counted
        // (counting a 719 kB answer takes about 0.1 ms).
        (body.length < COMPRESSION_THRESHOLD_BYTES && Buffer.byteLength(body) < COMPRESSION_THRESHOLD_BYTES)
      )
        return send(body);
      // The compression middleware's negotiator and order: Brotli where a browser takes both.
      const encoding = new Negotiator(req).encoding([...ANSWER_ENCODINGS, "identity"], [...ANSWER_ENCODINGS]);
      const compressed = isAnswerEncoding(encoding) ? store.compressed(key, body, encoding) : undefined;
      if (!encoding || !compressed) return send(body);
      compressed.then(
        (bytes) => {
          res.vary("Accept-Encoding");
          // Set before the middleware sees the headers, so it leaves the body as it is.
          res.setHeader("content-encoding", encoding);
          res.setHeader("content-length", bytes.length);
          res.end(bytes);
        },
        (error: unknown) => {
          req.log.warn({ err: error }, "a kept answer's compressed form could not be made");
          send(body);
        },
      );
      return res;
    };
    next();
  };
}

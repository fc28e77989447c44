import type { FormattedExecutionResult } from "graphql";

/** Answers already written out, by their data, so each is stringified once however often it is sent. */
const written = new WeakMap<object, string>();

const onlyData = (result: FormattedExecutionResult) =>
  result.data != null && result.errors === undefined && result.extensions === undefined;

/**
 * The JSON text of an answer. The size limit measures an answer by writing it out and Apollo
 * writes it out again to send it; for the largest answers (700 kB and more) the second copy was a
 * large share of the API's memory under load, so an answer of data alone is written once and its
 * text reused for as long as its data object lives. Requests given another's answer (shared while
 * built) send the same text without writing it again. Nothing may change an answer's data once it
 * has been written out: the plugins after the size limit only read answers.
 */
export function answerText(result: FormattedExecutionResult): string {
  if (!onlyData(result)) return JSON.stringify(result);
  const data = result.data as object;
  let text = written.get(data);
  if (text === undefined) {
    text = JSON.stringify({ data });
    written.set(data, text);
  }
  return text;
}

/**
 * An answer kept as text, given back without reading it: sending it (answerText) reuses the text
 * as it is, where parsing the kept text for every request that asked for it again, to write it out
 * once more, was the API's largest cost in time and memory for large answers under load. Code that
 * looks inside the data (tests calling the server directly, say) has the text parsed, once.
 */
export function keptAnswer(text: string): FormattedExecutionResult {
  let parsed: object | undefined;
  const read = () => (parsed ??= (JSON.parse(text) as { data: object }).data);
  const data = new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(read(), key) as unknown,
      has: (_, key) => Reflect.has(read(), key),
      ownKeys: () => Reflect.ownKeys(read()),
      getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(read(), key),
    },
  );
  written.set(data, text);
  return { data };
}

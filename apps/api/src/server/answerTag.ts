/**
 * The entity tag of a kept answer: its question's key, which names the query, its variables, the
 * caller and the data version, and so the answer itself. Express would otherwise hash every
 * answer it sends (SHA-1 over the whole text: 0.5 ms for the 719 kB every-area answer) to make
 * one. Weak, as Express's own are, since the same answer goes out in several encodings.
 */
export const answerTag = (key: string) => `W/"${key}"`;

/** The question's key in a kept answer's tag; null for any other tag, or none. */
export function keyOfAnswerTag(tag: unknown): string | null {
  if (typeof tag !== "string") return null;
  const match = /^W\/"([\w-]+)"$/.exec(tag);
  return match?.[1] ?? null;
}

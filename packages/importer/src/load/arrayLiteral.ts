/**
 * A PostgreSQL array literal ('{1,2,NULL}') for a parameter cast to an array type. A large load
 * sends each column as one such string: PostgreSQL parses it in one step, where an array
 * parameter is converted element by element on its way through Prisma and the driver. Trailing
 * NULLs are left out, because a multi-argument unnest() pads shorter arrays with NULLs, so a
 * column that is empty throughout costs nothing.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let end = values.length;
  while (end > 0 && values[end - 1] === null) end--;
  const items: string[] = new Array<string>(end);
  for (let i = 0; i < end; i++) {
    const value = values[i] ?? null;
    items[i] = value === null ? "NULL" : typeof value === "number" ? String(value) : quotedArrayItem(value);
  }
  return `{${items.join(",")}}`;
}

/** A text item quoted as array_in reads it: inside double quotes, with " and \ escaped. */
function quotedArrayItem(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

function sameValue(held: unknown, wanted: unknown): boolean {
  if (wanted instanceof Date) return held instanceof Date && held.getTime() === wanted.getTime();
  if (Array.isArray(wanted))
    return (
      Array.isArray(held) &&
      held.length === wanted.length &&
      wanted.every((item, index) => sameValue(held[index], item))
    );
  // Anything else with structure (a Prisma write operation, say) is never taken as held.
  if (typeof wanted === "object" && wanted !== null) return false;
  return held === (wanted ?? null);
}

/**
 * Whether a stored row already holds every column of `wanted`, so that syncing reference data
 * writes nothing at a start where nothing changed: each write costs a statement, and moves the
 * data version that kept answers are keyed by.
 */
export function heldAsWanted(held: object | undefined, wanted: object): boolean {
  if (!held) return false;
  const columns = held as Record<string, unknown>;
  return Object.entries(wanted).every(([column, value]) => sameValue(columns[column], value));
}

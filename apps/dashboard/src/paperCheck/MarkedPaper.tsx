import type { ReactNode } from "react";

export interface MarkedClaim {
  readonly offset: number;
  readonly quote: string;
  readonly status: "MATCHES" | "DIFFERS" | "UNKNOWN";
  readonly id: string;
}

/** Each status as a sign and in words, so that meaning is never carried by colour alone. */
export const STATUS_WORDS: Readonly<Record<MarkedClaim["status"], { sign: string; words: string }>> = {
  MATCHES: { sign: "✓", words: "matches the data" },
  DIFFERS: { sign: "✗", words: "differs from the data" },
  UNKNOWN: { sign: "?", words: "cannot be told" },
};

/** The paper as sent, with every figure checked marked in place and linked to what was found. */
export function MarkedPaper({ text, claims }: { text: string; claims: readonly MarkedClaim[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.offset - b.offset)) {
    if (claim.offset < at || text.slice(claim.offset, claim.offset + claim.quote.length) !== claim.quote)
      continue;
    parts.push(text.slice(at, claim.offset));
    const { sign, words } = STATUS_WORDS[claim.status];
    parts.push(
      <a key={claim.id} href={`#${claim.id}`} className={`claim claim-${claim.status.toLowerCase()}`}>
        <mark>
          {claim.quote} <span aria-hidden="true">{sign}</span>
          <span className="visually-hidden"> ({words})</span>
        </mark>
      </a>,
    );
    at = claim.offset + claim.quote.length;
  }
  parts.push(text.slice(at));
  return <div className="paper-text">{parts}</div>;
}

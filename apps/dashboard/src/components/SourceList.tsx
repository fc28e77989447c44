import type { ChartSeries } from "../charts/chartSeries.ts";
import { usePrintMode } from "./PrintMode.ts";

/** Every document the panel's figures come from, with the places in it they were taken from. */
export function SourceList({ series }: { series: readonly ChartSeries[] }) {
  const print = usePrintMode();
  const bySource = new Map<string, Set<string>>();
  for (const s of series) {
    for (const p of s.points) {
      for (const c of p.citations)
        bySource.set(c.title, (bySource.get(c.title) ?? new Set()).add(c.citation));
    }
  }
  if (bySource.size === 0) return null;
  return (
    <details className="sources" open={print}>
      <summary>Sources: {[...bySource.keys()].join("; ")}</summary>
      <ul>
        {[...bySource.entries()].map(([title, citations]) => (
          <li key={title}>
            <cite>{title}</cite>
            <ul>
              {[...citations].map((citation) => (
                <li key={citation}>{citation}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits until this process has (nearly) nothing left to do: autocannon stops sending when its time
 * is up, but a server still answers the requests it had in hand, and that work must not be
 * counted against whatever is measured next. Idle is under 5% of a core over 100 ms.
 */
export async function settle(timeoutMs = 60_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    const before = process.cpuUsage();
    await sleep(100);
    const used = process.cpuUsage(before);
    if ((used.user + used.system) / 1000 < 5) return;
  }
  throw new Error(`The servers were still busy after ${String(timeoutMs / 1000)} s.`);
}

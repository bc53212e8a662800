// How busy the machine's CPUs were between two moments, from Linux's /proc/stat. The bench uses it
// to say whether a phase was limited by CPU (every core busy) or by waiting (I/O, latency).
import { readFileSync } from 'node:fs';

/**
 * The aggregate counters of /proc/stat's first line: total jiffies and idle jiffies (idle + iowait).
 * Returns null when the text has no aggregate "cpu" line.
 */
export function parseCpuLine(statText) {
  const line = statText.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice are already in user/nice]
  const counted = fields.slice(0, 8);
  const total = counted.reduce((sum, n) => sum + n, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { total, idle };
}

/** The counters now, or null where /proc/stat cannot be read (not Linux). */
export function readCpuCounters() {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** Fraction (0–1, two decimals) of all cores' time that was busy between two readings; null if unknown. */
export function busyBetween(before, after) {
  if (!before || !after) return null;
  const total = after.total - before.total;
  if (total <= 0) return null;
  const busy = total - (after.idle - before.idle);
  return Math.round((busy / total) * 100) / 100;
}

/**
 * Waits until the machine is quiet — all cores together under `threshold` busy over one `windowMs`
 * window — or `maxMs` has passed. Returns how long it waited (ms) and the last busy fraction.
 */
export async function waitForQuiet({ threshold = 0.2, windowMs = 1000, maxMs = 30_000 } = {}) {
  const started = Date.now();
  let busy = null;
  while (Date.now() - started < maxMs) {
    const before = readCpuCounters();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    busy = busyBetween(before, readCpuCounters());
    if (busy === null || busy < threshold) break;
  }
  return { waitedMs: Date.now() - started, busy };
}

/** Timing, long-task and memory helpers for the bench page. */

/** Median / percentile over samples (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** Rounds for the report: 2 decimals below 10, 1 below 1000, else an integer. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  if (Math.abs(n) < 10) return Math.round(n * 100) / 100;
  if (Math.abs(n) < 1000) return Math.round(n * 10) / 10;
  return Math.round(n);
}

interface TaskEntry {
  start: number;
  duration: number;
}

const tasks: TaskEntry[] = [];
let observing = false;

/** A long animation frame's script attribution (Chromium's LoAF API): what ran in a long task. */
interface FrameScript {
  invoker: string;
  sourceFunctionName: string;
  sourceURL: string;
  duration: number;
}
const frames: Array<TaskEntry & { scripts: FrameScript[] }> = [];

/** Starts recording main-thread long tasks (≥ 50 ms), including those before the call (buffered). */
export function observeLongTasks(): void {
  if (observing || typeof PerformanceObserver === 'undefined') return;
  observing = true;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: every window reports 0.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = ((e as unknown as { scripts?: FrameScript[] }).scripts ?? []).map((x) => ({
          invoker: x.invoker, sourceFunctionName: x.sourceFunctionName, sourceURL: x.sourceURL, duration: x.duration,
        }));
        frames.push({ start: e.startTime, duration: e.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No LoAF support: no attribution.
  }
}

/** What ran in the longest long animation frame within [from, to], for finding the cause of a long task. */
export function longestFrameScripts(from: number, to: number): string {
  let longest: (typeof frames)[number] | undefined;
  for (const f of frames) if (f.start <= to && f.start + f.duration >= from && (!longest || f.duration > longest.duration)) longest = f;
  if (!longest) return 'none';
  const parts = longest.scripts
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((x) => `${x.invoker} ${x.sourceFunctionName || ''} ${x.sourceURL.split('/').pop() ?? ''} ${round(x.duration)} ms`);
  return `${round(longest.duration)} ms frame: ${parts.join('; ') || 'no script attribution'}`;
}

/** Every long task overlapping [from, to], as "start+duration" in ms relative to `from` (for the log). */
export function longTasksBetween(from: number, to: number): string {
  const inWindow = tasks.filter((t) => t.start <= to && t.start + t.duration >= from);
  return inWindow.map((t) => `+${Math.round(t.start - from)}:${Math.round(t.duration)}`).join(' ') || 'none';
}

/** Longest task that began at or after `from` and before `to`; 0 when none ≥ 50 ms. */
export async function longestTaskStartingBetween(from: number, to: number): Promise<number> {
  await new Promise((r) => setTimeout(r, 50));
  let max = 0;
  for (const t of tasks) if (t.start >= from && t.start <= to) max = Math.max(max, t.duration);
  return max;
}

/** Longest task that overlapped [from, to] (performance.now() times); 0 when none ≥ 50 ms. */
export async function longestTaskBetween(from: number, to: number): Promise<number> {
  // Entries are delivered asynchronously; let the observer flush.
  await new Promise((r) => setTimeout(r, 50));
  let max = 0;
  for (const t of tasks) if (t.start <= to && t.start + t.duration >= from) max = Math.max(max, t.duration);
  return max;
}

export interface HeapFigures {
  /** The page's own JS heap. */
  pageMB: number;
  /** Page + workers (measureUserAgentSpecificMemory), or null when unavailable. */
  totalMB: number | null;
  workersMB: number | null;
}

const MB = 1024 * 1024;

/** JS heap after a forced GC (when exposed): the page's, and the page's plus its workers'. */
export async function measureHeap(): Promise<HeapFigures> {
  window.gc?.();
  await new Promise((r) => setTimeout(r, 100));
  window.gc?.();
  const pageMB = (performance.memory?.usedJSHeapSize ?? NaN) / MB;
  let totalMB: number | null = null;
  let workersMB: number | null = null;
  if (crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
    try {
      const m = await performance.measureUserAgentSpecificMemory();
      totalMB = m.bytes / MB;
      workersMB = m.breakdown
        .filter((b) => b.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
        .reduce((s, b) => s + b.bytes, 0) / MB;
    } catch {
      // Not allowed here (not isolated): report the page heap only.
    }
  }
  return { pageMB, totalMB, workersMB };
}

/** Appends a line to the on-page log and the console (the runner echoes console output). */
export function log(line: string): void {
  const el = document.getElementById('log');
  if (el) el.textContent += `\n${line}`;
  console.log(`[bench] ${line}`);
}

/** Lets the event loop breathe between heavy steps (the app's own yield). */
export { yieldToEventLoop as tick } from '../../renderer/src/core/scheduling';

/**
 * Asks the runner to note the CPU counters now (not awaited: the call must not add to what is
 * timed; the runner reads the counters within a millisecond or two of the call).
 */
export function cpuMark(label: string): void {
  void window.benchCpuMark?.(label).catch(() => undefined);
}

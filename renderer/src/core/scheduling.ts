/**
 * Ends the current task and resumes in a new one (a macrotask), so input, rendering and worker
 * messages waiting in the event loop run in between. Long loops on the UI thread (and in workers
 * that must keep answering messages) call it between slices. A resolved promise would not do: its
 * continuation runs in the same task. Never call it inside an IndexedDB transaction: the
 * transaction commits as soon as it has no request pending across a task boundary.
 */
export function yieldToEventLoop(): Promise<void> {
  const channel = yieldChannel();
  if (!channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * In a page or a worker, a message to ourselves: a new task at once. A chain of `setTimeout(0)`
 * is clamped to 4 ms a step after its fifth (HTML's timer nesting rule), which made the 108
 * yields of hashing a 27 MB file in 256 KB slices cost ~0.5 s of waiting before its import
 * could start. Node (the unit tests) keeps `setTimeout`, so fake timers still drive it.
 */
interface Channel {
  port1: { onmessage: ((event: unknown) => void) | null };
  port2: { postMessage(message: null): void };
}
const waiting: (() => void)[] = [];
let channel: Channel | null | undefined;
function yieldChannel(): Channel | null {
  if (channel !== undefined) return channel;
  const g = globalThis as unknown as { document?: unknown; WorkerGlobalScope?: unknown; MessageChannel?: new () => Channel };
  const browser = g.document !== undefined || g.WorkerGlobalScope !== undefined;
  channel = browser && g.MessageChannel ? new g.MessageChannel() : null;
  // One message per waiting yield, answered in order.
  if (channel) channel.port1.onmessage = () => waiting.shift()?.();
  return channel;
}

/** Milliseconds of work per slice: well under the 50 ms of a "long task" even when other threads take half the core. */
export const SLICE_BUDGET_MS = 10;

/**
 * Time-boxed slices for a long loop: `if (slice.spent) await slice.next();` between units of work.
 * A fixed count of units per slice is too long when the machine is busy (measured: 500-bulletin
 * slices took 60–130 ms while indexing and the database shared two cores) and needlessly short when
 * it is idle; a time budget adapts to both.
 */
export class TimeSlice {
  private start = performance.now();

  constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

  /** True once the current slice has run for its budget. */
  get spent(): boolean {
    return performance.now() - this.start >= this.budgetMs;
  }

  /** Yields to the event loop, then starts a new slice. */
  async next(): Promise<void> {
    await yieldToEventLoop();
    this.start = performance.now();
  }
}

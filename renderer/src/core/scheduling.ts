/**
 * Ends the current task and resumes in a new one (a macrotask), so input, rendering and worker
 * messages waiting in the event loop run in between. Long loops on the UI thread (and in workers
 * that must keep answering messages) call it between slices. A resolved promise would not do: its
 * continuation runs in the same task. Never call it inside an IndexedDB transaction: the
 * transaction commits as soon as it has no request pending across a task boundary.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

import { describe, expect, it, vi } from 'vitest';
import { TimeSlice, yieldToEventLoop } from '../../../renderer/src/core/scheduling';

describe('yieldToEventLoop', () => {
  it('resumes in a later task, after timers already queued, not in the same microtask checkpoint', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued timer'), 0);
    void Promise.resolve().then(() => order.push('microtask'));
    await yieldToEventLoop();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'queued timer', 'after yield']);
  });
});

describe('yieldToEventLoop in a page or worker', () => {
  it('posts a message to itself instead of a timer (no 4 ms clamp on chained yields), resuming in order in a later task', async () => {
    vi.resetModules();
    const g = globalThis as { document?: unknown };
    g.document = {};
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      const { yieldToEventLoop: pageYield } = await import('../../../renderer/src/core/scheduling');
      const order: string[] = [];
      void Promise.resolve().then(() => order.push('microtask'));
      const a = pageYield().then(() => order.push('first'));
      const b = pageYield().then(() => order.push('second'));
      order.push('sync');
      await Promise.all([a, b]);
      for (let i = 0; i < 20; i += 1) await pageYield();
      expect(order).toEqual(['sync', 'microtask', 'first', 'second']);
      expect(timers).not.toHaveBeenCalled();
    } finally {
      timers.mockRestore();
      delete g.document;
      vi.resetModules();
    }
  });
});

const busyFor = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin: stands for work on the UI thread
  }
};

describe('TimeSlice', () => {
  it('is spent once its budget has run, and next() yields a task and starts a fresh slice', async () => {
    const slice = new TimeSlice(5);
    expect(slice.spent).toBe(false);
    busyFor(6);
    expect(slice.spent).toBe(true);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await slice.next();
    expect(timerRan).toBe(true);
    expect(slice.spent).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
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

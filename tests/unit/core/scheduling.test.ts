import { describe, expect, it } from 'vitest';
import { yieldToEventLoop } from '../../../renderer/src/core/scheduling';

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

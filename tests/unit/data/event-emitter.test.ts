import { describe, expect, it, vi } from 'vitest';
import EE from '../../../renderer/src/data/sync/event-emitter';

describe('EventEmitter (PouchDB in the browser build)', () => {
  it('calls listeners in order, once-listeners once, and removes by the original function', () => {
    const ee = new EE();
    const calls: string[] = [];
    const a = () => calls.push('a');
    ee.on('x', a);
    ee.once('x', () => calls.push('once'));
    const b = () => calls.push('b');
    ee.once('x', b);
    ee.removeListener('x', b);
    expect(ee.emit('x')).toBe(true);
    ee.emit('x');
    expect(calls).toEqual(['a', 'once', 'a']);
    expect(ee.listenerCount('x')).toBe(1);
    expect(EE.listenerCount(ee, 'x')).toBe(1);
    expect(ee.listeners('x')).toEqual([a]);
    ee.removeAllListeners();
    expect(ee.emit('x')).toBe(false);
  });

  it('throws an unhandled error event, like Node', () => {
    const ee = new EE();
    expect(() => ee.emit('error', new Error('boom'))).toThrow('boom');
    const handler = vi.fn();
    ee.on('error', handler);
    ee.emit('error', new Error('handled'));
    expect(handler).toHaveBeenCalledOnce();
  });

  it('works when its methods are mixed into another object, as PouchDB does', () => {
    const target: Record<string, unknown> = {};
    for (const key of Object.keys(EE.prototype)) target[key] = (EE.prototype as unknown as Record<string, unknown>)[key];
    expect(Object.keys(target)).toEqual(expect.arrayContaining(['on', 'once', 'emit', 'removeListener']));
    const seen: unknown[] = [];
    (target.on as (this: unknown, t: string, l: (v: unknown) => void) => void).call(target, 'x', (v) => seen.push(v));
    (target.emit as (this: unknown, t: string, v: unknown) => void).call(target, 'x', 42);
    expect(seen).toEqual([42]);
  });

  it('can be extended as a class (PouchDB does `class Changes extends EE`)', () => {
    class Child extends EE {
      fire(): boolean {
        return this.emit('go', 1, 2);
      }
    }
    const child = new Child();
    const seen: unknown[] = [];
    child.on('go', (...args) => seen.push(...args));
    child.fire();
    expect(seen).toEqual([1, 2]);
  });
});

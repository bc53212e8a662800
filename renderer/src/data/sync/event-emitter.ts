/**
 * A small Node-style EventEmitter for PouchDB in the browser build. PouchDB imports Node's `events`
 * module; Vite replaces Node built-ins with an empty stub in browser bundles, and the `events` npm
 * polyfill is not installed, so the renderer build aliases `events` to this file
 * (electron.vite.config.ts). It implements the part of the API PouchDB 9 calls, with Node's
 * semantics (listeners run synchronously in order; an unhandled 'error' throws).
 */
type Listener = (...args: unknown[]) => void;
type Wrapped = Listener & { listener?: Listener };

/**
 * Listener lists live beside the emitter, created on first use, not in a constructor: PouchDB also
 * copies these methods onto other objects (`Object.keys(EE.prototype)`) and calls them there, as
 * Node's own emitter allows.
 */
const registry = new WeakMap<object, Map<string | symbol, Wrapped[]>>();

function eventsOf(target: object): Map<string | symbol, Wrapped[]> {
  let map = registry.get(target);
  if (!map) {
    map = new Map();
    registry.set(target, map);
  }
  return map;
}

export class EventEmitter {
  static listenerCount(emitter: EventEmitter, type: string | symbol): number {
    return emitter.listenerCount(type);
  }

  setMaxListeners(_n: number): this {
    // Node only warns above the limit; nothing to enforce here.
    return this;
  }

  on(type: string | symbol, listener: Listener): this {
    const list = eventsOf(this).get(type) ?? [];
    list.push(listener);
    eventsOf(this).set(type, list);
    return this;
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.on(type, listener);
  }

  prependListener(type: string | symbol, listener: Listener): this {
    eventsOf(this).set(type, [listener, ...(eventsOf(this).get(type) ?? [])]);
    return this;
  }

  once(type: string | symbol, listener: Listener): this {
    const wrapped: Wrapped = (...args) => {
      this.removeListener(type, wrapped);
      listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.on(type, wrapped);
  }

  removeListener(type: string | symbol, listener: Listener): this {
    const list = eventsOf(this).get(type);
    if (!list) return this;
    const index = list.findIndex((l) => l === listener || l.listener === listener);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) eventsOf(this).delete(type);
    return this;
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) eventsOf(this).clear();
    else eventsOf(this).delete(type);
    return this;
  }

  listeners(type: string | symbol): Listener[] {
    return (eventsOf(this).get(type) ?? []).map((l) => l.listener ?? l);
  }

  listenerCount(type: string | symbol): number {
    return eventsOf(this).get(type)?.length ?? 0;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = eventsOf(this).get(type);
    if (!list || list.length === 0) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error event: ${String(args[0])}`);
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }
}

// Node's emitter methods are enumerable (PouchDB mixes them in with Object.keys): make ours so too.
for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter.prototype, key);
  if (key !== 'constructor' && descriptor && typeof descriptor.value === 'function') {
    Object.defineProperty(EventEmitter.prototype, key, { ...descriptor, enumerable: true });
  }
}

export default EventEmitter;

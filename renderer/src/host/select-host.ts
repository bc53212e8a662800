/**
 * Which HostApi the renderer uses: the preload's object when running in Electron, the web
 * implementation otherwise. The preload object is checked to be complete, so a stale preload
 * fails loudly here instead of deep inside a feature.
 */
import { HOST_GLOBAL, HostChannel, type HostApi } from '../../../electron/shared/host-contract';

const HOST_METHODS = Object.keys(HostChannel) as (keyof HostApi)[];

/** True when `value` has every HostApi method. */
export function isHostApi(value: unknown): value is HostApi {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return HOST_METHODS.every((method) => typeof record[method] === 'function');
}

/**
 * The Electron bridge on `scope` when present and complete, else `createWeb()`. Only an own data
 * property counts: on `window`, an element named `paHost` shows up through the prototype chain.
 */
export function selectHost(scope: object, createWeb: () => HostApi): HostApi {
  const bridged: unknown = Object.getOwnPropertyDescriptor(scope, HOST_GLOBAL)?.value;
  if (bridged === undefined) return createWeb();
  if (!isHostApi(bridged)) throw new Error(`window.${HOST_GLOBAL} is present but incomplete: the preload does not match the host contract.`);
  return bridged;
}

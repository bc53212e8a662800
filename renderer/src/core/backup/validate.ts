/**
 * Small type-checking combinators for untrusted JSON (backup files). Each check returns a fresh,
 * correctly typed value built only from known fields, or throws with the path of the bad field.
 */

/** Thrown when a backup (or other untrusted JSON) does not have the expected shape. */
export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;

/** Throws a `BackupFormatError` naming the field. */
export function fail(path: string, problem: string): never {
  throw new BackupFormatError(`The backup file is damaged or not compatible: ${path} ${problem}.`);
}

export const text: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'must be text'));

export const finite: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'must be a number'));

/** A flag stored only when set (`yearInferred: true`): anything but `true` is refused. */
export const yes: Check<true> = (v, p) => (v === true ? true : fail(p, 'must be true when present'));

export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'must be true or false'));

/** A check that also accepts `null`. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : check(v, p));
}

/** One of a fixed set of string values. */
export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (v, p) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(p, `must be one of ${values.join(', ')}`));
}

/** A string matching `pattern` (described for people as `what`). */
export function matching(pattern: RegExp, what: string): Check<string> {
  return (v, p) => (typeof v === 'string' && pattern.test(v) ? v : fail(p, `must be ${what}`));
}

/** An array whose items all pass `check`. */
export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => check(item, `${p}[${i}]`)) : fail(p, 'must be a list'));
}

/** A check for a field that may be left out (`record` then leaves it out too). */
export type OptionalCheck<T> = Check<T> & { readonly optional: true };

/** Marks a field optional: absent (or `undefined`) is fine, anything else must pass `check`. */
export function optional<T>(check: Check<T>): OptionalCheck<T | undefined> {
  const wrapped = (v: unknown, p: string): T | undefined => (v === undefined ? undefined : check(v, p));
  return Object.assign(wrapped, { optional: true as const });
}

export type Shape<T> = { [K in keyof T]-?: undefined extends T[K] ? OptionalCheck<T[K]> | Check<T[K]> : Check<T[K]> };

/** An object with exactly the fields of `shape` (unknown fields are dropped, missing required ones rejected). */
export function record<T>(shape: Shape<T>): Check<T> {
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'must be an object');
    const source = v as Record<string, unknown>;
    const out: Partial<T> = {};
    for (const key of Object.keys(shape) as Array<keyof T & string>) {
      const check = shape[key] as Check<T[typeof key]> & { optional?: true };
      if (!(key in source)) {
        if (check.optional) continue;
        fail(`${p}.${key}`, 'is missing');
      }
      const value = check(source[key], `${p}.${key}`);
      if (value !== undefined || !check.optional) out[key] = value;
    }
    return out as T;
  };
}

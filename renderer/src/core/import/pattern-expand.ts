/**
 * Expands the small regex subset the name tables use — literals, `\` escapes, `[...]` classes of
 * single characters, `(?:...)` groups, `|` and `?` — into every string it matches. Anything else
 * (`*`, `+`, `{}`, `.`, anchors, ranges) throws, so a new pattern cannot silently match less.
 */
import { pushAll } from '../arrays';

class Expander {
  private pos = 0;

  constructor(private readonly src: string) {}

  run(): string[] {
    const out = this.alternation();
    if (this.pos < this.src.length) throw this.error('unbalanced )');
    return [...new Set(out)];
  }

  private error(what: string): Error {
    return new Error(`pattern ${JSON.stringify(this.src)}: ${what} at ${this.pos}`);
  }

  private alternation(): string[] {
    const out = [...this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      pushAll(out, this.sequence());
    }
    return out;
  }

  private sequence(): string[] {
    let acc = [''];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      let atom = this.atom();
      if (this.src[this.pos] === '?') {
        this.pos++;
        atom = ['', ...atom];
      }
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  }

  private atom(): string[] {
    const c = this.src[this.pos] ?? '';
    if (c === '\\') {
      const next = this.src[this.pos + 1];
      if (next === undefined || /[\p{L}\p{N}]/u.test(next)) throw this.error('unsupported escape');
      this.pos += 2;
      return [next];
    }
    if (c === '(') {
      if (!this.src.startsWith('(?:', this.pos)) throw this.error('only (?:...) groups are supported');
      this.pos += 3;
      const inner = this.alternation();
      if (this.src[this.pos] !== ')') throw this.error('missing )');
      this.pos++;
      return inner;
    }
    if (c === '[') return this.charClass();
    if ('*+{}.^$?]'.includes(c)) throw this.error(`unsupported ${c}`);
    const cp = this.src.codePointAt(this.pos) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return [ch];
  }

  private charClass(): string[] {
    const end = this.src.indexOf(']', this.pos);
    if (end < 0) throw this.error('missing ]');
    const body = [...this.src.slice(this.pos + 1, end)];
    if (body.length === 0 || body[0] === '^' || body.includes('\\') || body.slice(1, -1).includes('-')) {
      throw this.error('only classes of plain characters are supported');
    }
    this.pos = end + 1;
    return body;
  }
}

/** Every string matched by `pattern` (a finite regex of the supported subset), without duplicates. */
export function expandPattern(pattern: string): string[] {
  return new Expander(pattern).run();
}

import type { PDFFont } from '@cantoo/pdf-lib';
import type { FontMetrics } from './fonts';
import { isSimpleCodePoint } from './fonts';
import type { DrawOp, TextOp } from './layout';

/**
 * Turns words into glyph-id hex for one embedded (subset) font, once per distinct word.
 *
 * pdf-lib's `drawText` runs fontkit layout over every line it draws; here simple characters are
 * encoded once each and words are concatenations of cached codes, and only words with complex
 * script characters go through `PDFFont.encodeText` (still once per word). Every code is obtained
 * from `encodeText`, so pdf-lib's subset and its ToUnicode map know each glyph we use.
 */
export class GlyphEncoder {
  private readonly chars = new Map<number, string>();
  private readonly words = new Map<string, string>();
  readonly spaceHex: string;

  constructor(
    private readonly font: PDFFont,
    private readonly metrics: FontMetrics,
  ) {
    this.spaceHex = this.hex(' ');
  }

  /** Hex glyph codes (no angle brackets) for a word. */
  hex(word: string): string {
    const cached = this.words.get(word);
    if (cached !== undefined) return cached;
    const text = this.metrics.measure(word).text;
    let simple = true;
    for (const ch of text) if (!isSimpleCodePoint(ch.codePointAt(0) ?? 0)) simple = false;
    let hex = '';
    if (simple) {
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        let code = this.chars.get(cp);
        if (code === undefined) {
          code = unwrapHex(this.font.encodeText(ch).toString());
          this.chars.set(cp, code);
        }
        hex += code;
      }
    } else hex = unwrapHex(this.font.encodeText(text).toString());
    this.words.set(word, hex);
    return hex;
  }
}

function unwrapHex(literal: string): string {
  return literal.slice(1, -1);
}

/** Short decimal for content streams: at most 3 decimals, no trailing zeros. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * Content-stream operators for a page's ops, written as text. Justified lines use a TJ array with
 * a negative adjustment after each space: `Tw` would not work, as it only applies to the one-byte
 * code 32 and Identity-H codes are two bytes.
 */
export function renderOps(ops: readonly DrawOp[], encoders: Record<TextOp['font'], GlyphEncoder>, fontNames: Record<TextOp['font'], string>): string {
  const out: string[] = [];
  for (const op of ops) {
    if (op.kind === 'rect') {
      out.push(`${num(op.color[0])} ${num(op.color[1])} ${num(op.color[2])} rg ${num(op.x)} ${num(op.y)} ${num(op.w)} ${num(op.h)} re f`);
      continue;
    }
    if (op.words.length === 0) continue;
    const enc = encoders[op.font];
    let show: string;
    if (op.gap > 0.01) {
      const adjust = ` ${num((-op.gap * 1000) / op.size)} `;
      show = '[';
      op.words.forEach((w, k) => {
        show += k < op.words.length - 1 ? `<${enc.hex(w)}${enc.spaceHex}>${adjust}` : `<${enc.hex(w)}>`;
      });
      show += '] TJ';
    } else {
      show = `<${op.words.map((w) => enc.hex(w)).join(enc.spaceHex)}> Tj`;
    }
    out.push(
      `BT /${fontNames[op.font]} ${num(op.size)} Tf ${num(op.color[0])} ${num(op.color[1])} ${num(op.color[2])} rg ${num(op.x)} ${num(op.y)} Td ${show} ET`,
    );
  }
  return out.join('\n');
}

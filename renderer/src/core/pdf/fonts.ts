import fontkit from '@cantoo/fontkit';
import type { Font } from '@cantoo/fontkit';

export type FontKey = 'regular' | 'bold';

/** A word made printable with one font: glyph-less characters replaced, width at size 1000. */
export interface MeasuredWord {
  text: string;
  /** Advance width in thousandths of the font size. */
  width: number;
}

/** OpenType features for both measuring and embedding: no ligatures, so glyphs map 1:1 to characters. */
export const FONT_FEATURES = { liga: false, clig: false, dlig: false } as const;

/**
 * True for code points that shape to one glyph on their own (Latin, Greek, Cyrillic, punctuation,
 * symbols). Words made only of these are measured and encoded character by character; anything
 * else (Arabic, Hebrew, Indic, combining marks) goes through full fontkit layout as a whole word.
 */
export function isSimpleCodePoint(cp: number): boolean {
  return (
    cp < 0x0300 ||
    (cp >= 0x0370 && cp <= 0x0482) ||
    (cp >= 0x048a && cp <= 0x052f) ||
    (cp >= 0x1e00 && cp <= 0x1fff) ||
    (cp >= 0x2000 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x2bff) ||
    cp === 0xfffd
  );
}

/** Measures words in one font, caching per code point and per word. */
export class FontMetrics {
  readonly font: Font;
  /** Font units → thousandths of an em. */
  private readonly scale: number;
  private readonly advances = new Map<number, number>();
  private readonly words = new Map<string, MeasuredWord>();
  /** What a character the font lacks prints as: U+FFFD when the font has it, else "?". */
  readonly replacement: string;

  constructor(bytes: Uint8Array) {
    const font = fontkit.create(bytes);
    // The writer embeds one face per style; a collection (TTC, DFont) would need a face chosen.
    if ('fonts' in font) throw new Error(`font bytes hold a ${font.type} collection, not a single font`);
    this.font = font;
    this.scale = 1000 / this.font.unitsPerEm;
    this.replacement = this.font.hasGlyphForCodePoint(0xfffd) ? '\uFFFD' : '?';
  }

  /** Ascent in thousandths of the font size. */
  get ascent(): number {
    return this.font.ascent * this.scale;
  }

  /** Advance of one code point (thousandths of the size); 0 for glyph-less ones. */
  advance(cp: number): number {
    let width = this.advances.get(cp);
    if (width === undefined) {
      width = this.font.hasGlyphForCodePoint(cp) ? (this.font.glyphForCodePoint(cp)?.advanceWidth ?? 0) * this.scale : 0;
      this.advances.set(cp, width);
    }
    return width;
  }

  /** The printable form of `word` and its width; cached, so each distinct word is measured once. */
  measure(word: string): MeasuredWord {
    const cached = this.words.get(word);
    if (cached) return cached;
    let text = '';
    let width = 0;
    let simple = true;
    for (const ch of word) {
      const cp = ch.codePointAt(0) ?? 0;
      if (this.font.hasGlyphForCodePoint(cp)) {
        text += ch;
        width += this.advance(cp);
        if (!isSimpleCodePoint(cp)) simple = false;
      } else {
        text += this.replacement;
        width += this.advance(this.replacement.codePointAt(0) ?? 63);
      }
    }
    if (!simple) width = this.shapedWidth(text);
    const measured = { text, width };
    this.words.set(word, measured);
    return measured;
  }

  /** Width after full shaping (contextual forms, marks), as the glyphs will be embedded. */
  private shapedWidth(text: string): number {
    const { glyphs } = this.font.layout(text, { ...FONT_FEATURES });
    let width = 0;
    for (const glyph of glyphs) width += glyph.advanceWidth * this.scale;
    return width;
  }

  /**
   * Cuts a word wider than `maxWidth` (thousandths of the size) into pieces that fit, on code
   * point boundaries, so a 10,000-character token wraps instead of running off the page.
   */
  splitToWidth(text: string, maxWidth: number): string[] {
    const pieces: string[] = [];
    let current = '';
    let width = 0;
    for (const ch of text) {
      const w = this.advance(ch.codePointAt(0) ?? 0);
      if (current !== '' && width + w > maxWidth) {
        pieces.push(current);
        current = '';
        width = 0;
      }
      current += ch;
      width += w;
    }
    if (current !== '') pieces.push(current);
    return pieces;
  }
}

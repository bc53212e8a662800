/**
 * Chrome by evidence: every short line is described by named features (its words, its shape,
 * how often that shape recurs in this file, where it sits) and the features are scored together
 * with the weights of `chrome-weights.json`; a line whose score is above 0 is chrome. Repetition
 * is the strongest general evidence: a skip link, a masthead, a sign-off or a share bar copied
 * with every article recurs identically (digits aside), while titles and bodies do not. A line
 * that repeats a later title (an "In this issue" list) is a table of contents. A new layout is
 * then handled by labelling a fixture and adjusting a weight, not by adding a branch.
 *
 * Pure: paragraphs in, decisions out. The text importer runs it on raw lines (before wrapped
 * lines are joined, so a meta line cannot glue onto a title), HTML and PDF on their blocks.
 */
import { chromeLineKind } from './chrome-text';
import WEIGHTS from './chrome-weights.json';
import { findFirstDate, parseDateline } from './dates';
import { isTitleLike } from './layout-cues';
import { type Para, endsSentence, lineToPara, normaliseText } from './paragraphs';

/** The named features; each is 0 or 1 for a line. */
export type ChromeFeature = keyof typeof WEIGHTS.weights;

/** What to do with a line: keep it, drop it (a break stays), drop it and join around it, or keep only its date. */
export type ChromeAction = 'keep' | 'drop' | 'join' | 'date';

// Skip links, print links, listing filters and pagers, image placeholders, a newsletter's contents.
const SITE_WORDS =
  /^(?:(?:pasar|saltar|ir|volver)(?: directamente)? al (?:contenido|inicio)(?: principal)?|(?:click|clic|haga clic|haz clic) (?:ac[aá]|aqu[ií]) para ir(?: directamente)? al contenido|skip to (?:main )?(?:content|navigation)|imprim(?:e|ir)(?: (?:la|esta) (?:p[aá]gina|noticia|nota)(?: completa)?)?|versi[oó]n (?:para )?imprimir|print(?: this (?:page|article))?|(?:mostrando|showing|viendo)\s+(?:\d[\d .,]*)(?:\s*[-–]\s*\d+)?\s+(?:de|of)\s+[\d .,]+\s*(?:resultados|results|noticias|entradas)?.*|ordenar por\s*:?.*|sort by\s*:?.*|sin imagen|no image(?: available)?|in this issue|en este n[uú]mero|en esta edici[oó]n|en este bolet[ií]n|tabla de contenido|contents|[ií]ndice)\s*:?$/iu;
// Wire sign-offs: "Fin", "jha/mrs", "Reporting by …; Editing by …", "(END)".
const SIGN_OFF = /^(?:\(?(?:fin|end|ends|final)\)?|-+\s*0\s*-+|[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}|(?:(?:additional )?reporting|writing) by [^;]{2,80};\s*(?:editing|edited) by .{2,80}|(?:editado|edici[oó]n) por .{2,60})\.?$/iu;
const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|y|and|la)){0,4}$/u;
// Disclaimers, colophons and e-mail footers.
const LEGAL =
  /(?:no se hace responsable|no comprometen?\b|es (?:estricta )?responsabilidad de|legalidad, veracidad|prohibida su (?:venta|reproducci[oó]n)|distribuci[oó]n gratuita|you are receiving this|est[aá] recibiendo este|recibe este (?:correo|mensaje)|unsubscribe|darse de baja|update your preferences|elaborado por (?:la|el) (?:oficina|direcci[oó]n|unidad|[aá]rea)|trust principles|all rights reserved|derechos reservados|car[aá]cter (?:meramente )?informativo)/iu;
const LEGAL_ALL = new RegExp(LEGAL.source, 'giu');
// A photo credit: "(Xinhua/Jorge Villegas)", "EFE/Paolo Aguilar", "Foto: Cancillería".
const AGENCY_CREDIT =
  /(?:\((?:xinhua|efe|afp|ap|reuters|andina|notimex|prensa latina|dpa|ansa|europa press|getty images)\s*\/[^)]{1,60}\)|\b(?:EFE|REUTERS|Reuters|AFP|AP|ANDINA|Andina|XINHUA|NOTIMEX)\/[\p{L} .'’-]{2,60})$/iu;
const PHOTO_LABEL = /^(?:foto|fotos|fotograf[ií]a|photo|image|imagen)\s*:\s*\S.{0,60}$/iu;
const CONTINUES = /^\p{Ll}[\p{Ll}\p{M}]*(?:[\s,;:)]|$)/u;
/** Longest line whose shape is counted: chrome that repeats is short. */
const SHAPE_MAX = 200;
const PAGE_NUMBER = /^\d{1,3}\s+|\s+\d{1,3}$/u;

const words = (s: string): number => s.split(/\s+/u).filter((w) => w.length > 0).length;
/** A line's shape: folded, digits as one mark, so "Boletín 12" and "Boletín 13" are one shape. */
export const lineShape = (text: string): string => {
  // As written rather than folded: a repeated line repeats its case and accents too, and folding
  // every line of a large listing cost more than the rest of this pass.
  const t = text.startsWith('•') ? text.replace(/^•\s*/u, '') : text;
  return /\d/u.test(t) ? t.replace(/\d+/gu, '#') : t;
};

const isDateline = (p: Para | undefined): boolean => {
  if (!p || p.heading > 0 || !/\d/u.test(p.text)) return false;
  const d = parseDateline(p.text);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined);
};
// A host name before the date ("spanish.news.cn| 2023-08-02 09:14:05|") marks a site's meta line:
// a date the reader may keep, but not a bare dateline that protects the whole line.
const HOST_BEFORE = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|cn|pe|cl|co|mx|gob|gov|es|int)\b/iu;
const isDateOnly = (t: string): boolean => {
  if (t.length > 60 || !/\d/u.test(t)) return false;
  const first = findFirstDate(t);
  if (first && HOST_BEFORE.test(t.slice(0, first.index))) return false;
  const d = parseDateline(t);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= t.length;
};

/** What the features of one document need to know about all of it. */
export interface EvidenceContext {
  paras: Para[];
  shapes: Map<string, number>;
  /** Each paragraph's shape ('' when too long to be chrome). */
  keys: string[];
  /** Shapes of lines that are followed by a dateline: the document's titles. */
  titles: Set<string>;
  /**
   * `isDateline` of each paragraph, filled on first use: the passes ask it of the same line up to
   * three times (its title's context, its title's features, the meta-line decision), and parsing a
   * dateline is the dearest step of this pass on a large listing.
   */
  datelines: (boolean | undefined)[];
  /** Each distinct line's own features, filled on first use (see `ownFeatures`). */
  own: Map<string, OwnFeatures>;
}

/** `isDateline(ctx.paras[i])`, computed once per paragraph. */
function datelineAt(ctx: EvidenceContext, i: number): boolean {
  const known = ctx.datelines[i];
  if (known !== undefined) return known;
  const d = isDateline(ctx.paras[i]);
  ctx.datelines[i] = d;
  return d;
}

export function evidenceContext(paras: Para[]): EvidenceContext {
  const shapes = new Map<string, number>();
  const keys = paras.map((p) => (p.text.length <= SHAPE_MAX ? lineShape(p.text) : ''));
  for (const k of keys) if (k) shapes.set(k, (shapes.get(k) ?? 0) + 1);
  const titles = new Set<string>();
  const ctx: EvidenceContext = { paras, shapes, keys, titles, datelines: [], own: new Map() };
  keys.forEach((k, i) => {
    // A repeated line holding a date is a meta line, never a title, even right over a dateline.
    // A sentence over a dateline is the end of the story before, not a title.
    // (A shape already known as a title needs no second look: the set is all that is kept.)
    const p = paras[i] as Para;
    if (k && !titles.has(k) && (shapes.get(k) ?? 0) > 1 && datelineAt(ctx, i + 1) && isTitleLike({ ...p, bullet: false }) && findFirstDate(p.text) === null) titles.add(k);
  });
  return ctx;
}

/** The features a line's text decides alone: the same wherever the line recurs. */
interface OwnFeatures {
  knownChrome: boolean;
  siteWords: boolean;
  signOff: boolean;
  /** Reads as a byline (a heading never is one). */
  bylineText: boolean;
  legal: boolean;
  legalTwice: boolean;
  agencyCredit: boolean;
  credit: boolean;
  unfinished: boolean;
  sentence: boolean;
  dateOnly: boolean;
  /** The line's shape without a page number at either end ('' when it has none). */
  withoutNumber: string;
  continues: boolean;
}

function ownFeaturesOf(t: string): OwnFeatures {
  const kind = t.length <= 300 ? chromeLineKind(t) : null;
  const legal = t.length <= 300 && LEGAL.test(t);
  // A slash before the credit's regex: every credit has one (the regex scans from each position).
  const agencyCredit = t.length <= 300 && t.includes('/') && AGENCY_CREDIT.test(t);
  const ends = endsSentence(t);
  return {
    knownChrome: kind !== null && kind !== 'meta',
    siteWords: t.length <= 120 && SITE_WORDS.test(t),
    signOff: t.length <= 160 && SIGN_OFF.test(t),
    bylineText: BYLINE.test(t),
    legal,
    legalTwice: legal && (t.match(LEGAL_ALL)?.length ?? 0) > 1,
    agencyCredit,
    credit: agencyCredit || (t.length <= 80 && PHOTO_LABEL.test(t)),
    unfinished: !ends,
    sentence: ends && words(t) >= 4,
    dateOnly: isDateOnly(t),
    withoutNumber: PAGE_NUMBER.test(t) ? lineShape(t.replace(PAGE_NUMBER, '')) : '',
    continues: CONTINUES.test(t),
  };
}

/**
 * `ownFeaturesOf` once per distinct text: the lines that reach the features are mostly repeated
 * ones (a listing's recurring headlines, a site's chrome), each scored wherever it occurs.
 */
function ownFeatures(ctx: EvidenceContext, t: string): OwnFeatures {
  let own = ctx.own.get(t);
  if (!own) {
    own = ownFeaturesOf(t);
    ctx.own.set(t, own);
  }
  return own;
}

/** The features of paragraph `i` (1 = present). */
export function chromeFeatures(ctx: EvidenceContext, i: number): Record<ChromeFeature, number> {
  const p = ctx.paras[i] as Para;
  const t = p.text;
  const own = ownFeatures(ctx, t);
  const b = (x: boolean): number => (x ? 1 : 0);
  const shape = ctx.keys[i] ?? '';
  const count = shape ? (ctx.shapes.get(shape) ?? 0) : 0;
  const next = ctx.paras[i + 1];
  const after = ctx.paras[i + 2];
  const titleOccurrence = count > 1 && ctx.titles.has(shape) && datelineAt(ctx, i + 1);
  const prev = ctx.paras[i - 1];
  return {
    knownChrome: b(own.knownChrome),
    siteWords: b(own.siteWords),
    signOff: b(own.signOff),
    byline: b(p.heading === 0 && own.bylineText),
    legalWords: b(own.legal),
    legalTwice: b(own.legalTwice),
    credit: b(own.credit),
    tocEcho: b(count > 1 && ctx.titles.has(shape) && !titleOccurrence),
    repeated: b(count > 1),
    everyUnit: b(count > 2),
    // A caption with its agency credit right over a headline belongs to no body (the photo stood
    // above the story); a bare "Foto: …" label there is the end of the story before.
    creditBeforeTitle: b(own.agencyCredit && !!next && !!after && next.heading === 0 && isTitleLike(next) && (datelineAt(ctx, i + 2) || after.text.length > next.text.length)),
    // A disclaimer or colophon closes the document: no dateline follows it.
    legalAtEnd: b(own.legal && ctx.paras.length - i <= 6 && !ctx.paras.slice(i + 1).some((_, k) => datelineAt(ctx, i + 1 + k))),
    short: b(t.length <= 60),
    unfinished: b(own.unfinished),
    sentence: b(own.sentence),
    long: b(t.length > 160),
    heading: b(p.heading > 0),
    dateOnly: b(own.dateOnly),
    titleOccurrence: b(titleOccurrence),
    // "Boletín Informativo 2" between two halves of a sentence: a PDF's running head and page number.
    // A line that a sentence runs through is a wrapped piece of text, whatever it repeats.
    // (A first token with dots or bars, "spanish.news.cn|", is a site name, not a word.)
    midSentence: b((!!next && CONTINUES.test(next.text)) || (own.continues && !!prev && !endsSentence(prev.text))),
    runningHead: b(own.withoutNumber.length > 0 && (ctx.shapes.get(own.withoutNumber) ?? 0) > 0 && !!prev && !endsSentence(prev.text) && !!next && CONTINUES.test(next.text)),
  };
}

let biasOverride: number | null = null;
/** The committed weights' names, listed once (scoring runs on every candidate line of a file). */
const FEATURE_NAMES = Object.keys(WEIGHTS.weights) as ChromeFeature[];

/**
 * Sets the bias for a measurement (the fidelity harness's leave-one-file-out figure fits it on the
 * other files); null restores the committed one. Never called by the app.
 */
export function overrideChromeBias(bias: number | null): void {
  biasOverride = bias;
}

/** The weighted sum of the features plus the bias: above 0 is chrome. */
export function chromeScore(features: Record<ChromeFeature, number>, weights: Record<ChromeFeature, number> = WEIGHTS.weights, bias = biasOverride ?? WEIGHTS.bias): number {
  let s = bias;
  for (const k of weights === WEIGHTS.weights ? FEATURE_NAMES : (Object.keys(weights) as ChromeFeature[])) s += (weights[k] ?? 0) * (features[k] ?? 0);
  return s;
}

// Cheap tests that rule a line out before any feature is computed: a long sentence with no
// chrome word, seen once, is content (almost every body paragraph of a large listing).
const plainContent = (p: Para, ctx: EvidenceContext, i: number): boolean =>
  p.text.length > 300 || (p.text.length > 160 && endsSentence(p.text) && (ctx.shapes.get(ctx.keys[i] ?? '') ?? 0) < 2 && !LEGAL.test(p.text));

/**
 * False when no weighting can make the line chrome: it is seen once, holds no page number and
 * none of the words a chrome feature looks for (a line's shape and short, unfinished form alone
 * stay under the bias). Spares the features on almost every title and dateline of a listing.
 * Lines only the shared rules know (`chromeLineKind`) are left to those rules' own pass.
 */
function mayBeChrome(p: Para, ctx: EvidenceContext, i: number): boolean {
  const t = p.text;
  if (t.length > 300) return LEGAL.test(t);
  if ((ctx.shapes.get(ctx.keys[i] ?? '') ?? 0) > 1) return true;
  if (PAGE_NUMBER.test(t)) return true;
  return (t.length <= 120 && SITE_WORDS.test(t)) || (t.length <= 160 && SIGN_OFF.test(t)) || LEGAL.test(t) || (t.includes('/') && AGENCY_CREDIT.test(t)) || PHOTO_LABEL.test(t);
}


/** The decision for every paragraph (see ChromeAction). */
export function chromeActions(paras: Para[]): ChromeAction[] {
  const ctx = evidenceContext(paras);
  const actions = paras.map((p, i): ChromeAction => {
    if (plainContent(p, ctx, i) || !mayBeChrome(p, ctx, i)) return 'keep';
    const f = chromeFeatures(ctx, i);
    if (chromeScore(f) <= 0) return 'keep';
    if (f.runningHead) return 'join';
    // A repeated meta line with a date ("spanish.news.cn| 2023-08-02 09:14:05|") keeps the date,
    // unless the story's own dateline follows (the better date).
    if (!f.knownChrome && !f.signOff && findFirstDate(p.text) !== null && !datelineAt(ctx, i + 1)) return 'date';
    return 'drop';
  });
  // Chrome is what stands around content: a file that would keep no text keeps everything.
  return actions.some((a, i) => a === 'keep' && /[\p{L}\p{N}]/u.test(paras[i]?.text ?? '')) ? actions : actions.map(() => 'keep');
}

/** The date part of a meta line (see `chromeActions`' 'date'). */
export function dateOf(text: string): string {
  const d = findFirstDate(text);
  return d ? text.slice(d.index, d.index + d.length) : text;
}

/** Paragraphs without the chrome found by evidence, and the text set aside. */
export function stripChromeByEvidence(paras: Para[]): { paras: Para[]; removed: string[] } {
  const actions = chromeActions(paras);
  const kept: Para[] = [];
  const removed: string[] = [];
  paras.forEach((p, i) => {
    const a = actions[i];
    if (a === 'keep') kept.push(p);
    else {
      removed.push(p.text);
      if (a === 'date') kept.push({ text: dateOf(p.text), heading: 0, bullet: false });
    }
  });
  return { paras: kept, removed };
}

/**
 * The same on raw text lines, before wrapped lines are joined into paragraphs: a dropped line
 * leaves a blank line (a break), a running head is cut out so the halves of its sentence join,
 * a meta line leaves its date.
 */
export function stripChromeLines(text: string): { text: string; removed: string[] } {
  const lines = normaliseText(text).split('\n');
  const at: number[] = [];
  const paras: Para[] = [];
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t.length === 0) return;
    at.push(i);
    // A long line is body text: only its ends matter to its neighbours' features.
    paras.push(t.length > 300 ? { text: t, heading: 0, bullet: false } : lineToPara(t));
  });
  const actions = chromeActions(paras);
  if (actions.every((a) => a === 'keep')) return { text, removed: [] };
  const removed: string[] = [];
  const out: (string | null)[] = [...lines];
  actions.forEach((a, k) => {
    const i = at[k] as number;
    if (a === 'keep') return;
    removed.push((lines[i] as string).trim());
    out[i] = a === 'join' ? null : a === 'date' ? dateOf((paras[k] as Para).text) : '';
  });
  return { text: out.filter((l): l is string => l !== null).join('\n'), removed };
}

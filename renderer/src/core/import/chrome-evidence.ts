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
import { AGENCY_CREDIT, CAPTION_CREDIT, RELATIVE_TIME, CAPITALS, CLOSING, CONTINUES, HASHTAGS, LEGAL, mayBeLegal, lineShape, type OwnFeatures, ownFeaturesOf, PAGE_MARK, PAGE_NUMBER, PHOTO_LABEL, RULE_LINE, SALUTATION, SHAPE_MAX, SIGN_OFF, SITE_WORDS, TOC_LEADER, words } from './chrome-lexicon';
import WEIGHTS from './chrome-weights.json';
import { findFirstDate, parseDateline } from './dates';
import { isTitleLike } from './layout-cues';
import { type Para, endsSentence, lineToPara, normaliseText } from './paragraphs';

/** The named features; each is 0 or 1 for a line. */
export type ChromeFeature = keyof typeof WEIGHTS.weights;

/** What to do with a line: keep it, drop it (a break stays), drop it and join around it, or keep only its date. */
export type ChromeAction = 'keep' | 'drop' | 'join' | 'date';

const isDateline = (p: Para | undefined): boolean => {
  // No digit test of the whole text first: parseDateline looks for one in its first 80 characters
  // and answers null at once without, and a body paragraph is scanned to its end for nothing.
  if (!p || p.heading > 0) return false;
  const d = parseDateline(p.text);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined);
};
// A host name before the date ("spanish.news.cn| 2023-08-02 09:14:05|") marks a site's meta line:
// a date the reader may keep, but not a bare dateline that protects the whole line.
const HOST_BEFORE = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|cn|pe|cl|co|mx|gob|gov|es|int)\b/iu;
const isDateOnly = (p: Para): boolean => {
  if (p.text.length > 60 || !/\d/u.test(p.text)) return false;
  const first = findFirstDate(p.text);
  if (first && HOST_BEFORE.test(p.text.slice(0, first.index))) return false;
  const d = parseDateline(p.text);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= p.text.length;
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
   * Where the closing footer starts: the first legal or unsubscribe line among the last
   * FOOTER_SPAN paragraphs after which no dateline or heading comes (Infinity when none).
   */
  footerFrom: number;
  /**
   * How often each repeated line stands right over a dateline, by its exact text: numbered titles
   * ("Boletín número 12", "Boletín número 13") share a shape but are different titles.
   */
  overDateline: Map<string, number>;
  /** How many paragraphs stand over a dateline. */
  datelineCount: () => number;
  /**
   * `isDateline` of each paragraph, filled on first use: the passes ask it of the same line several
   * times (its title's context, its title's features, the meta-line decision), and parsing a
   * dateline is the dearest step of this pass on a large listing.
   */
  datelines: (boolean | undefined)[];
  /** Each distinct line's own features, filled on first use (see `ownFeatures`). */
  own: Map<string, OwnFeatures>;
  /** Lines in the same slot of most units (see `unitSlots`), filled on first use. */
  slots?: Set<number>;
  /** Each text's first and second index (see `storyCopied`), filled on first use. */
  followers?: { firstAt: Map<string, number>; secondAt: Map<string, number> };
}

/** How much identical text must follow two occurrences of a line for it to be a copied story. */
const COPIED_CHARS = 120;

/**
 * Whether line `i` repeats because its whole story repeats: the text after it is the same, for a
 * story's worth of characters with a sentence in it, after another occurrence too (a scan of one
 * page printed three times, a bulletin pasted twice). Repetition is then evidence of a copy — for
 * the duplicate check — not of the site's furniture.
 */
function storyCopied(ctx: EvidenceContext, i: number): boolean {
  const t = (ctx.paras[i] as Para).text;
  if (!ctx.followers) {
    // Each text's first two indices, in one pass (a scan per line was quadratic on a 130,000-line page).
    // Only short texts: the features ask this of a line whose shape recurs, so of one no longer than
    // SHAPE_MAX (hashing every body paragraph as a key cost more than the rest of this check).
    const firstAt = new Map<string, number>();
    const secondAt = new Map<string, number>();
    ctx.paras.forEach((p, j) => {
      if (p.text.length > SHAPE_MAX) return;
      if (!firstAt.has(p.text)) firstAt.set(p.text, j);
      else if (!secondAt.has(p.text)) secondAt.set(p.text, j);
    });
    ctx.followers = { firstAt, secondAt };
  }
  const [first, second] = t.length > SHAPE_MAX ? firstTwo(ctx.paras, t) : [ctx.followers.firstAt.get(t), ctx.followers.secondAt.get(t)];
  const other = (first ?? i) === i ? second : first;
  if (other === undefined) return false;
  let chars = 0;
  let sentence = false;
  for (let k = 1; chars < COPIED_CHARS; k++) {
    const a = ctx.paras[i + k]?.text;
    const b = ctx.paras[other + k]?.text;
    if (a === undefined || a !== b || i + k === other || other + k === i) return false;
    chars += a.length;
    sentence ||= endsSentence(a);
  }
  return sentence;
}

/** The first two indices of `text` among `paras` (for a long text, which the index leaves out). */
function firstTwo(paras: readonly Para[], text: string): [number | undefined, number | undefined] {
  let first: number | undefined;
  for (let j = 0; j < paras.length; j++) {
    if (paras[j]?.text !== text) continue;
    if (first !== undefined) return [first, j];
    first = j;
  }
  return [first, undefined];
}

/** `isDateline(ctx.paras[i])`, computed once per paragraph. */
function datelineAt(ctx: Pick<EvidenceContext, 'paras' | 'datelines'>, i: number): boolean {
  const known = ctx.datelines[i];
  if (known !== undefined) return known;
  const d = isDateline(ctx.paras[i]);
  ctx.datelines[i] = d;
  return d;
}

/** Whether any paragraph after `i` is a dateline. */
function datelineAfter(ctx: EvidenceContext, i: number): boolean {
  for (let j = i + 1; j < ctx.paras.length; j++) if (datelineAt(ctx, j)) return true;
  return false;
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

const FOOTER_SPAN = 12;
/** Fewest unfinished lines below a sign-off that make a page's tail without a legal line. */
const MIN_TAIL = 3;
function footerStart(paras: Para[]): number {
  let from = Infinity;
  let prose = false;
  for (let j = paras.length - 1; j >= Math.max(0, paras.length - FOOTER_SPAN); j--) {
    const p = paras[j] as Para;
    if (p.heading > 0 || isDateline(p)) break;
    if (p.text.length <= 300 && mayBeLegal(p.text)) from = j;
    // A wire's sign-off ("(c) Agencia EFE", "Fin") closes the story too when below it stand only
    // unfinished lines — down to a legal footer, or several: the page's related links and footer,
    // not a next story (which would bring its text).
    else if ((from < Infinity || paras.length - 1 - j >= MIN_TAIL) && !prose && SIGN_OFF.test(p.text)) from = j;
    prose ||= endsSentence(p.text) && words(p.text) >= 4;
  }
  // Above a legal footer, the page's tail runs up to the last story's last sentence: short unfinished
  // lines ("Lo más leído", "1 Precio del dólar hoy", "Términos y condiciones | Privacidad") are the
  // site's links, not the story (a story's list items are bullets, and a title has its body below it).
  if (from < Infinity && mayBeLegal((paras[from] as Para).text)) {
    let k = from - 1;
    while (k >= 0 && tailLine(paras[k] as Para)) k--;
    if (k >= 0 && from - k > MIN_TAIL - 1 && endsSentence((paras[k] as Para).text)) from = k;
  }
  return from;
}

/** A line of a page's closing links: short, unfinished, no heading, bulleted item or dateline. */
// (A "most read" list is numbered; a story's own list items carry bullets.)
const tailLine = (p: Para): boolean => p.heading === 0 && !p.text.startsWith('•') && p.text.length <= 80 && !endsSentence(p.text) && !isDateline(p);

export function evidenceContext(paras: Para[]): EvidenceContext {
  const shapes = new Map<string, number>();
  const keys = paras.map((p) => (p.text.length <= SHAPE_MAX ? lineShape(p.text) : ''));
  for (const k of keys) if (k) shapes.set(k, (shapes.get(k) ?? 0) + 1);
  const titles = new Set<string>();
  const overDateline = new Map<string, number>();
  const cache = { paras, datelines: [] as (boolean | undefined)[] };
  keys.forEach((k, i) => {
    if (!k || (shapes.get(k) ?? 0) < 2 || !datelineAt(cache, i + 1)) return;
    const text = (paras[i] as Para).text;
    overDateline.set(text, (overDateline.get(text) ?? 0) + 1);
    // A repeated line holding a date is a meta line, never a title, even right over a dateline.
    // A sentence over a dateline is the end of the story before, not a title.
    // (A shape already known as a title needs no second look: the set is all that is kept.)
    const p = paras[i] as Para;
    if (!titles.has(k) && isTitleLike({ ...p, bullet: false }) && findFirstDate(p.text) === null) titles.add(k);
  });
  // Counted only when a repeated line over datelines asks (parsing every paragraph costs).
  let count: number | null = null;
  const datelineCount = (): number => (count ??= paras.reduce((n, _, i) => n + (datelineAt(cache, i + 1) ? 1 : 0), 0));
  return { paras, shapes, keys, titles, overDateline, datelineCount, footerFrom: footerStart(paras), datelines: cache.datelines, own: new Map() };
}

/** Farthest a line may stand from its unit's dateline to hold a slot of the unit. */
const SLOT_SPAN = 4;
/** Share of the units that must hold a line of the same coarse shape in the same slot. */
const SLOT_SHARE = 0.6;
// Punctuation a title or a body line rarely carries but a listing's furniture does ("[Gestión,Pág. 15]").
const FURNITURE_MARKS = /[[\]|/•·©@#›»<>{}]/u;

/**
 * A line's coarse shape: every run of words (and numbers) as one `w`, so "[La Industria,Pág. 8]"
 * and "[El Mercurio,Pág. B6]" are one shape, and so are the one-word labels of every card.
 */
export const coarseShape = (text: string): string =>
  text.replace(/[\p{L}\p{N}]+(?:[\s'’-]+[\p{L}\p{N}]+)*/gu, 'w').replace(/\s+/gu, ' ').trim();

/** A line that may be a unit's furniture: short, not a heading or dateline, few words or marked. */
function slotCandidate(ctx: EvidenceContext, i: number): string | null {
  const p = ctx.paras[i] as Para;
  if (p.heading > 0 || p.text.length > 60 || endsSentence(p.text)) return null;
  // The marks survive in the shape: tested on the text, the shape is built only for candidates.
  if (words(p.text) > 2 && !FURNITURE_MARKS.test(p.text)) return null;
  return datelineAt(ctx, i) ? null : coarseShape(p.text);
}

/**
 * The repeating unit of a listing, found from the file: a short line whose coarse shape stands at
 * the same distance from its unit's dateline (after it, or before the next) in most units is the
 * unit's furniture — a card's category label, a clipping's "[Diario, Pág. 8]" source line — not
 * a title (titles have words) nor body text (bodies have sentences). Indices of such lines.
 */
function unitSlots(ctx: EvidenceContext): Set<number> {
  if (ctx.slots) return ctx.slots;
  const at: number[] = [];
  for (let i = 0; i < ctx.paras.length; i++) if (datelineAt(ctx, i)) at.push(i);
  const slots = new Set<number>();
  ctx.slots = slots;
  if (at.length < 3) return slots;
  const anchors = new Map<string, Set<number>>();
  const keysOf = new Map<number, string[]>();
  // Per slot: the distinct texts and whether a line carries furniture marks. Plain words that are all
  // different in one slot are the units' own short titles ("Título 12", "Becas 2024"), not furniture;
  // furniture either repeats (a category label) or is marked ("[Gestión,Pág. 15]").
  const texts = new Map<string, Set<string>>();
  const marked = new Set<string>();
  const note = (key: string, anchor: number, i: number): void => {
    const set = anchors.get(key) ?? new Set<number>();
    set.add(anchor);
    anchors.set(key, set);
    const text = (ctx.paras[i] as Para).text;
    const seen = texts.get(key) ?? new Set<string>();
    seen.add(text);
    texts.set(key, seen);
    if (FURNITURE_MARKS.test(text)) marked.add(key);
    keysOf.set(i, [...(keysOf.get(i) ?? []), key]);
  };
  let k = 0;
  for (let i = 0; i < ctx.paras.length; i++) {
    while (k < at.length && (at[k] as number) <= i) k++;
    const before = at[k - 1];
    const after = at[k];
    // Inside a unit only: what stands before the first dateline is the page's header, not a slot.
    if (before === undefined) continue;
    const near = i - before <= SLOT_SPAN || (after !== undefined && after - i <= SLOT_SPAN);
    const shape = near ? slotCandidate(ctx, i) : null;
    if (shape === null) continue;
    if (i - before <= SLOT_SPAN) note(`${shape}@+${i - before}`, before, i);
    if (after !== undefined && after - i <= SLOT_SPAN) note(`${shape}@-${after - i}`, after, i);
  }
  const needed = Math.max(3, Math.ceil(at.length * SLOT_SHARE));
  const furniture = (key: string): boolean => (anchors.get(key)?.size ?? 0) >= needed;
  // A label that repeats or is marked is furniture wherever it stands; one whose texts all differ
  // only where its unit has a title of its own nearby (a card's category over its headline).
  const plain = (key: string): boolean => !marked.has(key) && (texts.get(key)?.size ?? 0) * 2 > (anchors.get(key)?.size ?? 0);
  const titleNear = (i: number): boolean => {
    for (let j = Math.max(0, i - SLOT_SPAN); j <= Math.min(ctx.paras.length - 1, i + SLOT_SPAN); j++) {
      const t = (ctx.paras[j] as Para).text;
      if (j !== i && t.length <= 200 && words(t) > 2 && !endsSentence(t) && !datelineAt(ctx, j)) return true;
    }
    return false;
  };
  for (const [i, keys] of keysOf) if (keys.some((key) => furniture(key) && (!plain(key) || titleNear(i)))) slots.add(i);
  return slots;
}

/**
 * A short line standing over half the document's datelines or more (two at least): the layout's
 * furniture. An archive may hold two stories with one title, but not one title over most stories.
 */
function furnitureOverDatelines(ctx: EvidenceContext, text: string): boolean {
  const over = ctx.overDateline.get(text) ?? 0;
  // Three stories under one headline are not a copy but a label ("Linkedin" closing every share bar),
  // however many other datelines (a date line under each headline) the page has.
  return text.length <= 60 && over >= 2 && (over >= 3 || over * 2 >= ctx.datelineCount());
}

/** The features of paragraph `i` (1 = present). */
export function chromeFeatures(ctx: EvidenceContext, i: number): Record<ChromeFeature, number> {
  const p = ctx.paras[i] as Para;
  const t = p.text;
  const b = (x: boolean): number => (x ? 1 : 0);
  const shape = ctx.keys[i] ?? '';
  const count = shape ? (ctx.shapes.get(shape) ?? 0) : 0;
  const next = ctx.paras[i + 1];
  const after = ctx.paras[i + 2];
  const own = ownFeatures(ctx, t);
  const nextIsDateline = datelineAt(ctx, i + 1);
  // Different stories never share a title: a line over every dateline is the layout's furniture
  // ("Associated Press" between byline and date), not a title seen twice (contents and story).
  const titleOccurrence = count > 1 && ctx.titles.has(shape) && nextIsDateline && !furnitureOverDatelines(ctx, t);
  const prev = ctx.paras[i - 1];
  const { legal, agencyCredit } = own;
  return {
    knownChrome: b(own.knownChrome),
    siteWords: b(own.siteWords),
    signOff: b(own.signOff),
    byline: b(p.heading === 0 && own.bylineText),
    salutation: b(own.salutation),
    closing: b(own.closing),
    legalWords: b(legal),
    legalTwice: b(own.legalTwice),
    credit: b(own.credit),
    // A picture's caption ends with its credit: it belongs to no body and is never the headline.
    captionCredit: b(own.captionCredit),
    tocEcho: b(count > 1 && ctx.titles.has(shape) && !titleOccurrence && !nextIsDateline),
    repeated: b(count > 1 && !storyCopied(ctx, i)),
    everyUnit: b(count > 2 && !storyCopied(ctx, i)),
    // A caption with its agency credit right over a headline belongs to no body (the photo stood
    // above the story); a bare "Foto: …" label there is the end of the story before.
    creditBeforeTitle: b(agencyCredit && !!next && !!after && next.heading === 0 && isTitleLike(next) && (datelineAt(ctx, i + 2) || after.text.length > next.text.length)),
    // A disclaimer or colophon closes the document: no dateline follows it.
    legalAtEnd: b(legal && ctx.paras.length - i <= 6 && !datelineAfter(ctx, i)),
    short: b(t.length <= 60),
    unfinished: b(!endsSentence(t)),
    sentence: b(endsSentence(t) && words(t) >= 4),
    long: b(t.length > 160),
    heading: b(p.heading > 0),
    dateOnly: b(isDateOnly(p)),
    titleOccurrence: b(titleOccurrence),
    // "Boletín Informativo 2" between two halves of a sentence: a PDF's running head and page number.
    // A line that a sentence runs through is a wrapped piece of text, whatever it repeats.
    // (A first token with dots or bars, "spanish.news.cn|", is a site name, not a word.)
    midSentence: b((!!next && CONTINUES.test(next.text) && !RELATIVE_TIME.test(next.text.trim())) || (own.continues && !!prev && !endsSentence(prev.text))),
    // Below the closing disclaimer or unsubscribe notice: the sender's address, links, contacts.
    afterFooter: b(i > ctx.footerFrom),
    // A short heading right over a deeper one ("Comercio" over the first story's title): a section
    // of the bulletin, not a story, and no part of the story before it.
    // In text, a short line in capitals over a title and its dateline ("COMERCIO").
    sectionLabel: b(
      words(t) <= 4 &&
        !endsSentence(t) &&
        ((p.heading > 0 && !!next && next.heading > p.heading) ||
          (p.heading === 0 && words(t) <= 3 && CAPITALS.test(t) && !!next && next.heading === 0 && isTitleLike(next) && !nextIsDateline && datelineAt(ctx, i + 2))),
    ),
    // A site's meta line ("Source: Xinhua| 2023-11-17 21:47:02|Editor: WXL") right over the story's
    // own dateline, even when this once its fields differ from the other items'.
    metaBeforeDateline: b(t.length <= 160 && /[|·]/u.test(t) && nextIsDateline && findFirstDate(t) !== null),
    // One closing line after the document's last drawn rule ("Comunicado 142/2023 · Dirección …").
    colophonAfterRule: b(i === ctx.paras.length - 1 && i > 0 && RULE_LINE.test(prev?.text ?? '') && t.length <= 120 && !endsSentence(t)),
    tocLeader: b(t.length <= 200 && TOC_LEADER.test(t)),
    hashtags: b(t.length <= 200 && HASHTAGS.test(t)),
    // A page mark on a line seen with other page numbers is print furniture, wherever it falls.
    // So is a lone "Página 1 de 9" closing a listing: its pager.
    pageMark: b(t.length <= 200 && PAGE_MARK.test(t) && (count > 1 || (i === ctx.paras.length - 1 && i > 0 && words(t) <= 5))),
    unitSlot: b(unitSlots(ctx).has(i)),
    runningHead: b(own.withoutNumber.length > 0 && (ctx.shapes.get(own.withoutNumber) ?? 0) > 0 && !!prev && !endsSentence(prev.text) && !!next && CONTINUES.test(next.text)),
  };
}

/** A whole weight set: the committed one is chrome-weights.json (fitted by `npm run fit-chrome`). */
export interface ChromeWeights {
  bias: number;
  weights: Record<ChromeFeature, number>;
}

let weightsOverride: ChromeWeights | null = null;

/**
 * Sets the weights for a measurement (the fidelity harness's leave-one-file-out figure scores each
 * file with weights fitted without it); null restores the committed ones. Never called by the app.
 */
export function overrideChromeWeights(w: ChromeWeights | null): void {
  weightsOverride = w;
}

/** What the weight fitter is shown: each line the weights decide on, in its document, with its features. */
export type ChromeTap = (paras: readonly Para[], i: number, features: Record<ChromeFeature, number>) => void;
let tap: ChromeTap | null = null;

/** Lets the weight fitter see the lines the weights decide on (null stops it). Never called by the app. */
export function tapChromeFeatures(t: ChromeTap | null): void {
  tap = t;
}

/** The committed weights' feature names, listed once: `Object.keys` on every line was a copy per line. */
const FEATURE_NAMES = Object.keys(WEIGHTS.weights) as ChromeFeature[];

/** The weighted sum of the features plus the bias: above 0 is chrome. */
export function chromeScore(
  features: Record<ChromeFeature, number>,
  weights: Record<ChromeFeature, number> = weightsOverride?.weights ?? WEIGHTS.weights,
  bias = weightsOverride?.bias ?? WEIGHTS.bias,
): number {
  const names = weights === WEIGHTS.weights ? FEATURE_NAMES : (Object.keys(weights) as ChromeFeature[]);
  let s = bias;
  // Same order as `Object.keys`, so the same sum to the last bit.
  for (const k of names) s += (weights[k] ?? 0) * (features[k] ?? 0);
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
  if (i > ctx.footerFrom) return true;
  if ((ctx.shapes.get(ctx.keys[i] ?? '') ?? 0) > 1) return true;
  if (p.heading > 0 && (ctx.paras[i + 1]?.heading ?? 0) > p.heading) return true;
  if (t.length <= 40 && CAPITALS.test(t) && datelineAt(ctx, i + 2)) return true;
  if (PAGE_NUMBER.test(t) || (t.length <= 200 && (TOC_LEADER.test(t) || HASHTAGS.test(t)))) return true;
  if ((t.length <= 60 && SALUTATION.test(t)) || (t.length <= 160 && CLOSING.test(t))) return true;
  if (i === ctx.paras.length - 1 && RULE_LINE.test(ctx.paras[i - 1]?.text ?? '')) return true;
  if (t.length <= 160 && /[|·]/u.test(t) && datelineAt(ctx, i + 1)) return true;
  if (t.length <= 60 && unitSlots(ctx).has(i)) return true;
  return (t.length <= 120 && SITE_WORDS.test(t)) || (t.length <= 160 && SIGN_OFF.test(t)) || mayBeLegal(t) || (t.includes('/') && AGENCY_CREDIT.test(t)) || PHOTO_LABEL.test(t) || (t.length <= 240 && CAPTION_CREDIT.test(t));
}


/** The decision for every paragraph (see ChromeAction). */
export function chromeActions(paras: Para[]): ChromeAction[] {
  const ctx = evidenceContext(paras);
  const actions = paras.map((p, i): ChromeAction => {
    if (plainContent(p, ctx, i) || !mayBeChrome(p, ctx, i)) return 'keep';
    const f = chromeFeatures(ctx, i);
    tap?.(paras, i, f);
    if (chromeScore(f) <= 0) return 'keep';
    if (f.runningHead || f.pageMark) return 'join';
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

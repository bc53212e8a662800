/**
 * Page chrome recognised by its text alone: share boxes, "Read More »" links, breadcrumbs,
 * post-meta and byline lines, pagination, copyright lines, skip links and post navigation, cookie
 * notices, "Lee también:" links and tag lines. The HTML importer (for chrome without telling class
 * names), the PDF importer (a printed page keeps only text) and the text splitter (pasted listings)
 * use these; they are strict on purpose, because whatever they match leaves the bulletin (it is
 * reported as removed, never silently dropped).
 */
import { type Dateline, parseDateline } from './dates';
import type { Para } from './paragraphs';

/** Why a line is chrome. */
export type ChromeKind = 'share' | 'read-more' | 'breadcrumb' | 'meta' | 'copyright' | 'pagination' | 'navigation' | 'cookie' | 'related' | 'tags';

/** One share target alone ("Facebook", "• LinkedIn"): chrome right after a share line. */
export const NETWORK_ALONE = /^(?:•\s*)?(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|correo(?: electr[oó]nico)?|imprimir|print|instagram|youtube)$/iu;
const NETWORK =
  '(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|tumblr|e-?mail|correo(?: electr[oó]nico)?|imprimir|print|copiar (?:enlace|link)|copy link|instagram|youtube)';
// "Compartir: Facebook X LinkedIn", "Share this: Twitter, Facebook", "Comparte esta noticia".
const SHARE = new RegExp(
  `^(?:compartir|comp[aá]rtelo|comparte(?: esta (?:noticia|nota|publicaci[oó]n))?|share(?: this(?: (?:post|article|story))?)?(?: on)?|s[ií]guenos(?: en)?|follow us(?: on)?)\\s*[:：]?(?:[\\s,·|/•]*${NETWORK})*[\\s,·|/•]*$`,
  'iu',
);
// "Compartir en Facebook", "Share on LinkedIn", "Click to share on X (Opens in new window)".
const SHARE_ON = new RegExp(`^(?:click to )?(?:compartir|comparte|share)(?: en| on)\\s+${NETWORK}(?:\\s*\\([^)]{0,40}\\))?$`, 'iu');
// Two or more network names and nothing else ("Facebook Twitter LinkedIn WhatsApp").
const NETWORKS_ONLY = new RegExp(`^(?:${NETWORK}[\\s,·|/•]*){2,}$`, 'iu');
const READ_MORE =
  /^(?:leer m[aá]s|seguir leyendo|continuar leyendo|contin[uú]a leyendo|ver noticia(?: completa)?|read more|continue reading|read the full (?:story|article)|more)\s*(?:[»›→>…]|\.{3}|&raquo;)*\s*$/iu;
// "Inicio » Noticias » Título", "Home / News / …", "Usted está aquí: Inicio > …".
const BREADCRUMB = /^(?:(?:usted est[aá] aqu[ií]|you are here)\s*:\s*)?(?:inicio|home|portada|start)\s*[»›>/|]\s*\S/iu;
// "« Anterior 1 2 3 Siguiente »", "1 2 3 Next »": listing pagination.
const PAGINATION =
  /^(?:[«‹←]\s*)?(?:(?:previous|prev|anterior|p[aá]gina anterior)\s*)?(?:(?:\d{1,3}(?!\d)|…)\s*){1,12}(?:(?:next|siguiente|p[aá]gina siguiente|older posts|entradas anteriores)\s*[»›→]?)?$/iu;
// "Copyright © 2024 Alianza del Pacífico", "© 2021 Pacific Alliance. All rights reserved."
const COPYRIGHT = /^(?:copyright\s*)?©|^copyright\s+\d{4}|(?:todos los derechos reservados|all rights reserved)\.?$/iu;
// Skip links, previous/next post links, the search box label, newsletter sign-up prompts.
const NAVIGATION =
  /^(?:ir al contenido|saltar al contenido(?: principal)?|skip to (?:main )?content|(?:[←«‹]\s*)?(?:entrada|publicaci[oó]n|noticia|art[ií]culo|post)\s+(?:anterior|siguiente)(?:\s*[→»›])?|(?:[←«‹]\s*)?(?:previous|next)\s+(?:post|article|story|entry)(?:\s*[→»›])?|buscar\s*(?:…|\.\.\.)?|search\s*(?:…|\.\.\.)?|suscr[ií]bete(?: gratis| al bolet[ií]n| a nuestro bolet[ií]n)?\s*:?|subscribe(?: to our newsletter| now)?\s*:?|sign up for our newsletter\s*:?)$/iu;
// E-mail newsletter furniture (Mailchimp and the like), in both languages.
const NEWSLETTER =
  /^(?:view this email in your browser|ver (?:este|el) (?:correo|email|e-mail|mensaje|bolet[ií]n) en (?:tu|su|el) navegador|unsubscribe(?: from this list)?|darse de baja|desuscribirse|cancelar (?:la |tu |su )?suscripci[oó]n|update (?:your )?(?:subscription )?preferences|actualizar (?:tus|sus) preferencias|forward to a friend|reenviar a un amigo|why did i get this\??|our mailing address is:?|nuestra direcci[oó]n (?:postal )?es:?|add us to your address book|want to change how you receive these emails\??)$/iu;
// One crumb of a breadcrumb trail laid out as a list ("Inicio »").
const CRUMB = /^(?:•\s*)?[^.!?»›]{1,40}\s[»›>]$/u;
// A cookie notice speaks of this site's cookies ("Este sitio utiliza cookies…", "We use cookies…")
// and offers a button; a story about cookie rules does neither.
const COOKIE = /\b(?:este sitio|este sitio web|this (?:web)?site|we use|utilizamos|usamos|nuestro sitio|our site)\b[^.]*\bcookies?\b|\bcookies?\b[^.]*\b(?:pol[ií]tica de cookies|cookie policy)\b/iu;
const COOKIE_ACTION = /\b(?:aceptar|acepto|accept|consent|rechazar|reject|configurar|settings|preferencias|ok|entendido|got it)\b/iu;
/** A heading that opens a related-posts or recent-posts block ("Noticias relacionadas", "You may also like"). */
const RELATED_HEADING =
  /^(?:(?:noticias|art[ií]culos|entradas|publicaciones|notas|posts?|articles?|stories|news)\s+relacionad[oa]s|relacionad[oa]s|related(?:\s+(?:posts|articles|news|stories))?|(?:tambi[eé]n\s+)?te\s+(?:puede|podr[ií]a)\s+interesar|you\s+(?:may|might)\s+also\s+like|lee\s+tambi[eé]n|read\s+also|(?:entradas|publicaciones|art[ií]culos)\s+recientes|recent\s+(?:posts|articles)|lo\s+m[aá]s\s+(?:le[ií]do|visto|compartido)|m[aá]s\s+le[ií]d[oa]s|most\s+(?:read|viewed|popular)|see\s+also|ver\s+tambi[eé]n|more\s+(?:news\s+)?(?:in|from|on)\s+[\p{L}][\p{L} .]{0,30}|m[aá]s\s+en\s+[\p{L}][\p{L} .]{0,30}|descargas|downloads|(?:documentos|archivos)\s+(?:adjuntos|relacionados)|attachments|galer[ií]a(?:\s+de\s+(?:fotos|im[aá]genes))?|(?:photo\s+)?gallery|multimedia)\s*:?$/iu;

// A related link inside a story ("Lee también: …", "Te puede interesar: …"), as press sites insert them.
const RELATED_LINK = /^(?:lee(?:r)? tambi[eé]n|te puede interesar|tambi[eé]n te puede interesar|ver tambi[eé]n|read also|see also|related)\s*:\s*\S/iu;

/** True for the heading of a related-posts block; what follows it is other posts, not this one. */
export const isRelatedHeading = (text: string): boolean => RELATED_HEADING.test(text.replace(/\s+/gu, ' ').trim());

// "Temas: Comercio, Pymes", "Tags: trade", "Publicado en Noticias".
// Without a colon only a few words may follow ("Publicado en Noticias, Comercio"), so a headline
// such as "Publicado en el Diario Oficial el acuerdo de comercio" stays.
const TAGS =
  /^(?:(?:temas|tags|etiquetas|categor[ií]as?|categories|archivado en|filed under|publicado en|posted in)\s*:\s*\S|(?:archivado en|filed under|publicado en|posted in)\s+[\p{L}\p{N}&-]+(?:,?\s+[\p{L}\p{N}&-]+){0,3}$)/iu;
// A byline with a numeric date and time: "Redacción 17/02/2023 14:32", "Por Ana Pérez | 17/02/2023".
const BYLINE_DATE =
  /^(?:(?:por|by)\s+)?[\p{L}][\p{L} .'’-]{1,40}?\s*[|·,–-]?\s+(\d{1,2}\/\d{1,2}\/\d{4})(?:\s*[-,]?\s*\d{1,2}:\d{2}(?:\s*(?:hrs?\.?|h|[ap]\.?\s?m\.?))?)?$/iu;
const TIME_SUFFIX = /\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:hrs?\.?|h|[ap]\.?\s?m\.?))?$/iu;
const META_LEAD = /^(?:(?:posted|published|publicado|publicada)(?: on| el)?|fecha(?: de publicaci[oó]n)?\s*:|on)\s+/iu;
const META_BY = /\s+(?:by|por)\s+[\p{L}][\p{L}\p{N} .'’-]{0,40}$/iu;
const META_SEP = /\s+[/|·•—–]\s+|\s*\|\s*/u;
// Words a meta line's other parts are made of: categories, authors, comment counts.
const META_PART = /^(?:[\p{L}\p{N}][\p{L}\p{N} .,'’&-]{0,40}|\d+\s+(?:comments?|comentarios?)|no (?:comments|hay comentarios)|sin comentarios)$/iu;

/** The date part of a post-meta line, when `text` is one ("23 de diciembre de 2024 / Sin categoría"). */
export function metaLineDate(text: string): string | null {
  const t = text.trim();
  // Every date has a digit: one test spares the date parser on almost every paragraph.
  if (t.length === 0 || t.length > 160 || !/\d/u.test(t)) return null;
  const byline = BYLINE_DATE.exec(t);
  if (byline?.[1] && parseDateline(byline[1])?.date) return byline[1];
  // Without a separator, a "Posted on" or a "by", a line is no meta line (and a date alone is a dateline).
  if (!META_SEP.test(t) && !META_LEAD.test(t) && !META_BY.test(t)) return null;
  const parts = t.replace(META_LEAD, '').split(META_SEP).map((p) => p.trim().replace(TIME_SUFFIX, '')).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  let date: string | null = null;
  for (const raw of parts) {
    const part = raw.replace(META_LEAD, '');
    const noBy = part.replace(META_BY, '');
    const d: Dateline | null = date === null ? parseDateline(noBy) : null;
    // The rest may be the "updated" date themes print right after it ("August 4, 2023August 7, 2023").
    const rest = d ? noBy.slice(d.consumed).trim() : '';
    const restDate = rest.length > 0 ? parseDateline(rest) : null;
    if (d && (d.date !== null || d.partial) && (rest.length === 0 || (restDate !== null && restDate.consumed >= rest.length))) {
      date = noBy.slice(0, d.consumed).trim();
      continue;
    }
    if (!META_PART.test(part) || /[.!?]$/u.test(part)) return null;
  }
  // A line that is only a date is a dateline, not chrome: the splitter reads it as one.
  return date !== null && (parts.length > 1 || META_LEAD.test(t) || META_BY.test(t)) ? date : null;
}

/** Longest share line, link, crumb or counter looked for. */
const SHORT_CHROME = 120;

/** What kind of chrome `text` is, or null for content. */
const LINK_AFTER = /\s*(?:\(\s*(?:https?|mailto):\/?\/?[^\s)]*\s*\)|<(?:https?|mailto):[^\s>]*>)\s*$/u;

export function chromeLineKind(text: string): ChromeKind | null {
  const squashed = text.includes('  ') || text.includes('\n') || text.includes('\t') ? text.replace(/\s+/gu, ' ').trim() : text.trim();
  // A plain-text e-mail or a text browser writes a link's address after its words ("Read more
  // (https://…)", "Unsubscribe <https://…>"): the words decide, as they do on the page.
  const t = squashed.includes('://') ? squashed.replace(LINK_AFTER, '').trim() : squashed;
  if (t.length === 0 || t.length > 300) return null;
  // Share lines, links, crumbs, menus and page counters are short: long lines skip those tests.
  if (t.length <= SHORT_CHROME) {
    if (SHARE.test(t) || NETWORKS_ONLY.test(t) || SHARE_ON.test(t)) return 'share';
    if (READ_MORE.test(t)) return 'read-more';
    // Two numbers at least ("1 2 3"), or numbers with a next/previous word: one bare number is a page number.
    if (PAGINATION.test(t) && (/\d\D+\d/u.test(t) || /\p{L}/u.test(t))) return 'pagination';
    if (BREADCRUMB.test(t) || CRUMB.test(t)) return 'breadcrumb';
    if (NAVIGATION.test(t) || NEWSLETTER.test(t)) return 'navigation';
  } else if (BREADCRUMB.test(t)) return 'breadcrumb';
  if (t.length <= 250 && RELATED_LINK.test(t)) return 'related';
  if (t.length <= 160 && TAGS.test(t) && !/[.!?]$/u.test(t)) return 'tags';
  // Both readings of COOKIE hold the word itself: a literal test first keeps the rule cheap.
  if (/cookie/iu.test(t) && COOKIE.test(t) && COOKIE_ACTION.test(t)) return 'cookie';
  if (t.length <= 160 && COPYRIGHT.test(t)) return 'copyright';
  if (metaLineDate(t) !== null) return 'meta';
  return null;
}

/**
 * Puts `p` in `kept`, or — when it is chrome of `kind` — its text in `removed`; a post-meta line
 * stays in `kept` as its date alone, which the splitter reads as the bulletin's dateline.
 */
export function keepOrSetAside(p: Para, kind: ChromeKind | null, kept: Para[], removed: string[]): void {
  if (kind === null) {
    kept.push(p);
    return;
  }
  removed.push(p.text);
  const date = kind === 'meta' ? metaLineDate(p.text) : null;
  if (date !== null) kept.push({ text: date, heading: 0, bullet: false });
}

/**
 * Drops chrome paragraphs (share boxes, "Leer más", breadcrumbs) and reduces a post-meta line to
 * its date, which the splitter then reads as the bulletin's dateline. The original lines are
 * returned as `removed`, so the nothing-lost check can tell chrome from lost text.
 */
export function stripChromeParas(paras: Para[]): { paras: Para[]; removed: string[] } {
  const kept: Para[] = [];
  const removed: string[] = [];
  for (const p of paras) keepOrSetAside(p, p.heading > 0 ? null : chromeLineKind(p.text), kept, removed);
  const redundant = new Set(redundantDates(kept));
  return { paras: kept.filter((_, i) => !redundant.has(i)), removed };
}

const isDateOnly = (p: Para | undefined): boolean => {
  // A date alone is short and has a digit: most paragraphs never reach the parser.
  if (!p || p.heading > 0 || p.bullet || p.text.length > 60 || !/\d/u.test(p.text)) return false;
  const d = parseDateline(p.text);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= p.text.length;
};

/**
 * Indices of date-only paragraphs (what a post-meta line leaves) right before a paragraph that
 * opens with its own dateline: the story's dateline is the better date, and a date-only line
 * between a title and its dateline would part them.
 */
export function redundantDates(paras: Para[]): number[] {
  const out: number[] = [];
  paras.forEach((p, i) => {
    const next = paras[i + 1];
    if (!isDateOnly(p) || !next || next.heading > 0 || isDateOnly(next)) return;
    const d = parseDateline(next.text);
    if (d && !d.prose && (d.date !== null || d.partial)) out.push(i);
  });
  return out;
}

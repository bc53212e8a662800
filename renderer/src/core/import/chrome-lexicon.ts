/**
 * The words and shapes of chrome lines: the regular expressions the evidence features test, and
 * the features a line's own text decides (the same wherever the line recurs, so computed once per
 * distinct text by `chrome-evidence`). Pure.
 */
import { chromeLineKind } from './chrome-text';

// Skip links, print links, listing filters and pagers, image placeholders, a newsletter's contents.
// (A social handle alone on its line, "@europapress", is an author or share credit: the first alternative.)
export const SITE_WORDS =
  /^(?:@[\p{L}\p{N}_.]{2,30}|(?:pasar|saltar|ir|volver)(?: directamente)? al (?:contenido|inicio)(?: principal)?|(?:click|clic|haga clic|haz clic) (?:ac[aá]|aqu[ií]) para ir(?: directamente)? al contenido|skip to (?:main )?(?:content|navigation)|imprim(?:e|ir)(?: (?:la|esta) (?:p[aá]gina|noticia|nota)(?: completa)?)?|versi[oó]n (?:para )?imprimir|(?:la )?descarga se realizar[aá] en (?:un )?(?:archivo )?pdf\.?|descargar(?: en)? pdf|download(?: as)? pdf|print(?: this (?:page|article))?|(?:mostrando|showing|viendo)\s+(?:\d[\d .,]*)(?:\s*[-–]\s*\d+)?\s+(?:de|of)\s+[\d .,]+\s*(?:resultados|results|noticias|entradas)?.*|ordenar por\s*:?.*|sort by\s*:?.*|sin imagen|no image(?: available)?|like|comment|repost|me gusta|comentar|recomendar|(?:\d[\d.,]*\s*[kK]?\s*[·•|]\s*)?\d[\d.,]*\s*[kK]?\s+(?:comments?|comentarios?|reactions?|reacciones|likes?|reposts?|shares?)|in this issue|en este n[uú]mero|en esta edici[oó]n|en este bolet[ií]n|tabla de contenido|contents|[ií]ndice)\s*:?$/iu;
// Wire sign-offs: "Fin", "jha/mrs", "Reporting by …; Editing by …", "(END)".
// An agency's name alone in brackets closes its wire item ("(ANSA).", "(AFP)").
export const SIGN_OFF = /^(?:\([a-z]{2,6}\)|\(?(?:fin|end|ends|final)\)?(?:\s+[a-z]{2,4}(?:\/[a-z]{2,4}){1,3})?|-+\s*0\s*-+|[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}|(?:(?:additional )?reporting|writing) by [^;]{2,80};\s*(?:editing|edited) by .{2,80}|(?:editado|edici[oó]n) por .{2,60}|(?:\(c\)|©|copyright)\s*(?:agencia\s+)?(?:efe|afp|ap|reuters|xinhua|andina|europa press|notimex|dpa|ansa|prensa latina)(?:\s+\d{4})?)\.?$/iu;
// An e-mail's greeting and closing around what it forwards ("Estimados:", "Saludos cordiales,", "Best regards,").
export const SALUTATION =
  /^(?:(?:estimad[oa]s?|queridos?|queridas?|apreciad[oa]s?|dear|hello|hola|buenos d[ií]as|buenas tardes)(?:\s+(?:y\s+)?[\p{L}]+){0,4}\s*[:,]|(?:saludos(?: cordiales)?|cordiales saludos|un (?:cordial )?saludo|atentamente|cordialmente|(?:best|kind|warm) regards|regards|best wishes|sincerely|yours sincerely)\s*[,.]?)$/iu;
// A newsletter's closing line, with its one-sentence invitation ("Thanks for reading. Share it with a colleague.").
export const CLOSING = /^(?:thanks|thank you) for reading\b|^gracias por (?:leer(?:nos)?|su lectura|tu lectura)\b/iu;
export const BYLINE = /^(?:[Bb]y|BY|[Pp]or|POR)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|y|and|la)){0,4}$/u;
// Disclaimers, colophons and e-mail footers.
export const LEGAL =
  /(?:no se hace responsable|no comprometen?\b|es (?:estricta )?responsabilidad de|legalidad, veracidad|prohibida su (?:venta|reproducci[oó]n)|distribuci[oó]n gratuita|you are receiving this|you (?:have )?received this|(?:has|ha) recibido este|est[aá] recibiendo este|recibe este (?:correo|mensaje)|unsubscribe|darse de baja|cancel(?:e|ar|a)(?: (?:su|tu|la))? suscripci[oó]n|(?:no desea|no quiere|dejar de) recibir (?:m[aá]s )?(?:estos|este|nuestros)|update your preferences|elaborado por (?:la|el) (?:oficina|direcci[oó]n|unidad|[aá]rea)|trust principles|all rights reserved|derechos reservados|car[aá]cter (?:meramente )?informativo|(?:correo|mensaje|e-?mail)[^.]{0,40}(?:es|son) confidencial|(?:e-?mail|message)[^.]{0,40}(?:is|are) confidential|(?:recibido|received) (?:this|este|el)?[^.]{0,30}(?:por error|in error)|antes de imprimir|before (?:you )?print|(?:prepared|compiled|produced) by the (?:press|communications?|media|information) (?:office|unit|department|team)|not for (?:distribution|publication)|for internal use only|(?:documento )?de uso interno|(?:e-?mail|message) originated from outside|(?:correo|mensaje)[^.]{0,30} (?:se origin[oó]|proviene) (?:de )?fuera)/iu;
export const LEGAL_ALL = new RegExp(LEGAL.source, 'giu');
// A photo credit: "(Xinhua/Jorge Villegas)", "(AP Photo/Martín Mejía)", "EFE/Paolo Aguilar", "Foto: Cancillería".
export const AGENCY_CREDIT =
  /(?:\((?:photo|foto|image|imagen)(?: by| de|:)\s*[^)]{1,60}\/\s*(?:xinhua|efe|afp|ap|reuters|andina|notimex|prensa latina|dpa|ansa|europa press)\)|\((?:xinhua|efe|afp|ap|reuters|andina|notimex|prensa latina|dpa|ansa|europa press|getty images)(?:\s+(?:photo|foto))?\s*\/[^)]{1,60}\)|\b(?:EFE|REUTERS|Reuters|AFP|AP|ANDINA|Andina|XINHUA|NOTIMEX)\/[\p{L} .'’-]{2,60})$/iu;
// A relative time stamp under a related item ("hace 12 minutos", "3 hours ago"): lower case, but no
// sentence running on from the line above.
export const RELATIVE_TIME = /^(?:hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)|(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)$/iu;
// A caption's closing credit: "… at the seminar. Photo: Embassy of Colombia", "(Imagen: Produce Perú)".
// The label follows a sentence's end or opens a parenthesis, so prose about a photograph is not one.
export const CAPTION_CREDIT = /(?:[.!?]\s+|\(|^)(?:foto(?:graf[ií]a)?s?|photo(?:graph)?s?|photo credit|im[aá]gen(?:es)?|images?|cr[eé]ditos?(?: de (?:la )?foto)?)\s*(?::|by\b|de\b)\s*[^.:()]{2,60}\)?\.?$/iu;
export const PHOTO_LABEL = /^(?:foto|fotos|fotograf[ií]a|photo|image|imagen)\s*:\s*\S.{0,60}$/iu;
// A table-of-contents entry: a title, dot leaders and its page ("Ministers meet …… 1").
export const TOC_LEADER = /\S(?:\s*(?:\.\s?){4,}|\s*…{2,}|\s{3,})\s*\d{1,4}$/u;
// A notes app's tag line: nothing but hashtags ("#trade #chile").
export const HASHTAGS = /^#[\p{L}\p{N}_-]+(?:[\s,]+#[\p{L}\p{N}_-]+)*$/u;
// Page furniture with its number: "Page 2 of 3", "Página 4", "— 3 —", "Pág. 7".
export const PAGE_MARK = /(?:^|\s)(?:(?:page|p[aá]gina|p[aá]g\.)\s*\d{1,4}(?:\s*(?:of|de|\/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/iu;
export const RULE_LINE = /^[-_=*~·•.\s]{3,}$/u;
export const CAPITALS = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\s&,.'’-]*$/u;
export const CONTINUES = /^\p{Ll}[\p{Ll}\p{M}]*(?:[\s,;:)]|$)/u;
/** Longest line whose shape is counted: chrome that repeats is short. */
export const SHAPE_MAX = 200;
export const PAGE_NUMBER = /^\d{1,3}\s+|\s+\d{1,3}$/u;

export const words = (s: string): number => s.split(/\s+/u).filter((w) => w.length > 0).length;
/** A line's shape: folded, digits as one mark, so "Boletín 12" and "Boletín 13" are one shape. */
export const lineShape = (text: string): string => {
  // As written rather than folded: a repeated line repeats its case and accents too, and folding
  // every line of a large listing cost more than the rest of this pass.
  const t = text.startsWith('•') ? text.replace(/^•\s*/u, '') : text;
  return /\d/u.test(t) ? t.replace(/\d+/gu, '#') : t;
};

/** The features a line's text decides alone: the same wherever the line recurs. */
export interface OwnFeatures {
  knownChrome: boolean;
  siteWords: boolean;
  signOff: boolean;
  /** Reads as a byline (a heading never is one). */
  bylineText: boolean;
  salutation: boolean;
  /** A newsletter's closing line ("Thanks for reading. …"), which is a sentence, unlike other chrome. */
  closing: boolean;
  legal: boolean;
  legalTwice: boolean;
  agencyCredit: boolean;
  credit: boolean;
  /** Ends with a photo credit after a caption's sentence or in parentheses. */
  captionCredit: boolean;
  /** The line's shape without a page number at either end ('' when it has none). */
  withoutNumber: string;
  continues: boolean;
}

export function ownFeaturesOf(t: string): OwnFeatures {
  const kind = t.length <= 300 ? chromeLineKind(t) : null;
  const legal = t.length <= 300 && LEGAL.test(t);
  // A slash before the credit's regex: every credit has one (the regex scans from each position).
  const agencyCredit = t.length <= 300 && t.includes('/') && AGENCY_CREDIT.test(t);
  return {
    knownChrome: kind !== null && kind !== 'meta',
    siteWords: t.length <= 120 && SITE_WORDS.test(t),
    signOff: t.length <= 160 && SIGN_OFF.test(t),
    bylineText: BYLINE.test(t),
    salutation: t.length <= 60 && SALUTATION.test(t),
    closing: t.length <= 160 && CLOSING.test(t),
    legal,
    legalTwice: legal && (t.match(LEGAL_ALL)?.length ?? 0) > 1,
    agencyCredit,
    credit: agencyCredit || (t.length <= 80 && PHOTO_LABEL.test(t)),
    // Not a bare "Foto: …" label nor an agency's credit (`credit`: fixtures keep those in the story).
    captionCredit: t.length <= 240 && !agencyCredit && !PHOTO_LABEL.test(t) && CAPTION_CREDIT.test(t),
    withoutNumber: PAGE_NUMBER.test(t) ? lineShape(t.replace(PAGE_NUMBER, '')) : '',
    continues: CONTINUES.test(t),
  };
}


// Word stems every LEGAL phrase holds.
const LEGAL_STEMS = ['originated', 'fuera', 'suscrip', 'prepared', 'compiled', 'produced', 'not for', 'internal', 'interno', 'respons', 'comprom', 'prohibid', 'gratuit', 'receiv', 'recib', 'subscri', 'baja', 'preferenc', 'elaborado', 'principles', 'reserv', 'informativo', 'legalidad', 'confidencial', 'confidential', 'imprimir', 'print'];
/**
 * LEGAL with one of its stems in the lower-cased text. The regex runs first: on a large listing's
 * titles it is ~3× cheaper than lower-casing each line for the stem tests, and it is rarely true.
 */
export const mayBeLegal = (t: string): boolean => {
  if (!LEGAL.test(t)) return false;
  const lower = t.toLowerCase();
  return LEGAL_STEMS.some((stem) => lower.includes(stem));
};

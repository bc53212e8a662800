/**
 * Page chrome in pasted text ("Home » News", "Read More »", "Compartir: Facebook X LinkedIn",
 * "23 de diciembre de 2024 / Sin categoría"), recognised by chrome-text's rules. A cheap filter
 * runs first: the rules are regex-heavy, and a 1,000-bulletin listing has tens of thousands of
 * paragraphs of which only a handful are chrome.
 */
import { chromeLineKind, metaLineDate } from './chrome-text';
import type { Para } from './paragraphs';

// Every chrome line is short and holds a path separator or a date (a digit), or opens with a
// share, link, breadcrumb or meta word. Anchored words and a character class: an unanchored
// alternation of words cost more than the rules it guards.
const HINT_CHAR = /[\d»›>/|·•—–]/;
const HINT_WORD =
  /^(?:compart|share|s[ií]gu|follow|facebook|twitter|linkedin|whatsapp|telegram|instagram|youtube|pinterest|reddit|tumblr|e-?mail|correo|imprim|print|cop[iy]|leer|read|more|seguir|contin|ver noticia|inicio|home|portada|start|usted|you are|posted|published|publicad|fecha|x\b)/i;
const hinted = (t: string): boolean => HINT_CHAR.test(t) || HINT_WORD.test(t);

// A rule drawn with characters between bulletins ("-----", "_____", "* * *", "====").
const RULE = /^[-_=*~#·•.\s]{3,}$/u;

/** Drops chrome paragraphs; a post-meta line is reduced to its date. Removed lines are returned. */
export function stripTextChrome(paras: Para[]): { paras: Para[]; removed: string[] } {
  const kept: Para[] = [];
  const removed: string[] = [];
  let rule = false;
  for (const para of paras) {
    if (para.heading === 0 && para.text.length <= 200 && RULE.test(para.text)) {
      removed.push(para.text);
      rule = true;
      continue;
    }
    const p: Para = rule ? { ...para, ruleBefore: true } : para;
    rule = false;
    const kind = p.heading > 0 || p.text.length > 200 || !hinted(p.text) ? null : chromeLineKind(p.text);
    if (kind === null) {
      kept.push(p);
      continue;
    }
    removed.push(p.text);
    const date = kind === 'meta' ? metaLineDate(p.text) : null;
    if (date !== null) kept.push({ text: date, heading: 0, bullet: false });
  }
  return { paras: kept, removed };
}

/**
 * Page chrome in pasted text ("Home » News", "Read More »", "Compartir: Facebook X LinkedIn",
 * "23 de diciembre de 2024 / Sin categoría", drawn rules), recognised by chrome-text's rules on
 * short paragraphs only (chrome is never long; a listing's bodies are).
 */
import { chromeLineKind, isRelatedHeading, keepOrSetAside } from './chrome-text';
import type { Para } from './paragraphs';

// A rule drawn with characters between bulletins ("-----", "_____", "* * *", "====").
const RULE = /^[-_=*~#·•.\s]{3,}$/u;

/** Drops chrome paragraphs; a post-meta line is reduced to its date. Removed lines are returned. */
export function stripTextChrome(paras: Para[]): { paras: Para[]; removed: string[] } {
  const kept: Para[] = [];
  const removed: string[] = [];
  let rule = false;
  let related = false;
  for (const para of paras) {
    // A related-stories heading and the list under it ("More in Andina:" • …): other stories' titles.
    if (para.text.length <= 80 && isRelatedHeading(para.text)) {
      removed.push(para.text);
      related = true;
      continue;
    }
    if (related && para.bullet) {
      removed.push(para.text);
      continue;
    }
    related = false;
    if (para.heading === 0 && para.text.length <= 200 && RULE.test(para.text)) {
      removed.push(para.text);
      rule = true;
      continue;
    }
    const p: Para = rule ? { ...para, ruleBefore: true } : para;
    rule = false;
    keepOrSetAside(p, p.heading > 0 || p.text.length > 200 ? null : chromeLineKind(p.text), kept, removed);
  }
  return { paras: kept, removed };
}

/**
 * Structure that plain text carries in its own conventions, read before the text passes:
 * - an e-mail saved or copied as text opens with its header block ("From:", "Subject:", "Date:";
 *   Outlook's "De:", "Asunto:", "Enviado el:"): metadata of the message, never a bulletin;
 * - its signature, below a "-- " line near the end (RFC 3676), is the sender's, not a story's;
 * - a heading that opens with its date ("## 2023-11-20 – Title") is the title over its date line,
 *   and so is a headline closed by its source and date ("TITLE (Andina, 20 Nov)");
 * - a pipe table whose rows are stories (a date column, a title column, a body column) is one
 *   story per row;
 * - a line underlined with a rule ("Title" over "-----" or "=====", as plain-text e-mails and
 *   setext Markdown write headings) and a line opened by "** " (the heading mark of Mailchimp's
 *   plain-text version) are headings.
 * - a chat export's messages are its units (chat-export.ts).
 * Pure string work on lines; what it sets aside is returned for the nothing-lost check.
 */

import { pushAll } from '../arrays';
import { chatStories, footedPosts } from './chat-export';
import { parseDateline } from './dates';
import { endsSentence } from './paragraphs';

const HEADER =
  /^(?:from|to|cc|bcc|subject|date|sent|reply-to|de|para|asunto|enviado(?: el)?|fecha|cco|con copia|importancia|importance|attachments|adjuntos|return-path|received|dkim-signature|message-id|mime-version|content-[a-z-]+|x-[a-z0-9-]+|thread-(?:topic|index)|in-reply-to|references|authentication-results|arc-[a-z-]+)\s*:\s*\S/iu;
// A header block names the sender and the subject (in either language); two fields alone are not enough.
const SENDER = /^(?:from|de)\s*:/iu;
const SUBJECT = /^(?:subject|asunto)\s*:/iu;
// A MIME part's own headers ("Content-Type: text/plain", "Content-Transfer-Encoding: 8bit").
const MIME_FIELD = /^(?:content-[a-z-]+|mime-version)\s*:/iu;
// What a saved message's MIME structure adds around its text: the boundary lines and the preamble.
// (A boundary holds letters or digits: a drawn rule of dashes between stories is no boundary.)
const MIME_LINE = /^(?:-{2,}=?_?(?=[\w.=+-]*[a-z0-9])[\w.=+-]{8,}-*|this is a multi-part message in mime format\.?)$/iu;
const UNDERLINE = /^\s*(?:-{3,}|={3,})\s*$/u;
const STAR_HEADING = /^\*\*\s+(\S.*)$/u;

/**
 * The text without its e-mail header blocks, and their lines: the message's own at the top and each
 * forwarded or replied message's inside it (Outlook's "From: … Sent: … Subject: …" chain), with a
 * raw message's transport fields, folded continuation lines and MIME boundaries. A block is a run
 * of header fields naming a sender and a subject or date (three fields at least), or a MIME part's
 * own fields (two at least); a single "Fecha: …" line in a story is no header block.
 */
function withoutMailHeaders(lines: string[]): { lines: string[]; removed: string[] } {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test((lines[i] as string).trim())) continue;
    let end = i;
    const fields: string[] = [];
    while (end < lines.length) {
      const raw = lines[end] as string;
      const t = raw.trim();
      if (HEADER.test(t)) fields.push(t);
      // A folded field goes on indented (RFC 5322); only inside a block.
      else if (!(end > i && t.length > 0 && /^[ \t]/u.test(raw))) break;
      end++;
    }
    const mail = fields.length >= 3 && fields.some((l) => SENDER.test(l)) && fields.some((l) => SUBJECT.test(l) || /^(?:date|sent|fecha|enviado)/iu.test(l));
    const mime = fields.length >= 2 && fields.every((l) => MIME_FIELD.test(l));
    if (mail || mime) for (let k = i; k < end; k++) drop.add(k);
    i = end - 1;
  }
  if (drop.size === 0) return { lines, removed: [] };
  lines.forEach((l, k) => {
    if (MIME_LINE.test(l.trim())) drop.add(k);
  });
  const kept: string[] = [];
  const removed: string[] = [];
  lines.forEach((l, k) => {
    if (!drop.has(k)) kept.push(l);
    else if (l.trim().length > 0) removed.push(l.trim());
  });
  return { lines: kept, removed };
}

// RFC 3676's signature separator: a line of "-- " (often saved as "--").
const SIG_DELIMITER = /^--\s?$/u;
/** Most lines a signature has; a longer tail after "--" is text, not a signature. */
const SIG_MAX_LINES = 20;

/** The text without its e-mail signature (from a "-- " line near the end), and its lines. */
function withoutSignature(lines: string[], removed: string[]): string[] {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - SIG_MAX_LINES - 1); i--) {
    if (!SIG_DELIMITER.test(lines[i] as string)) continue;
    pushAll(removed, lines.slice(i).map((l) => l.trim()).filter((l) => l.length > 0));
    return lines.slice(0, i);
  }
  return lines;
}

const MD_HEADING = /^(#{1,6})\s+(\S.*)$/u;

/**
 * A heading that opens with its date ("## 2023-11-20 – Peru hosts …", a log's or diary's form):
 * the heading without the date, then the date on a line of its own, where a dateline stands.
 */
function datedHeading(line: string): [string, string] | null {
  const m = MD_HEADING.exec(line);
  if (!m || !/\d/u.test((m[2] as string).slice(0, 40))) return null;
  const rest = m[2] as string;
  const d = parseDateline(rest);
  if (!d || d.prose || (d.date === null && !d.partial) || d.consumed === 0 || d.consumed >= rest.length) return null;
  const title = rest.slice(d.consumed).trim();
  if (!/^\p{L}/u.test(title)) return null;
  return [`${m[1] as string} ${title}`, rest.slice(0, d.consumed).replace(/[\s–—:|-]+$/u, '')];
}

// "… IN SEOUL (Andina, 20 Nov)": a digest's headline closed by its source and date in parentheses.
const SOURCED = /^(.{12,200}?)\s*\(([^()]{2,60}\d[^()]{0,30})\)\s*$/u;

/**
 * A headline that ends with its source and date in parentheses, as press digests write them:
 * the headline, then "Source, date" on a line of its own, where a dateline stands. Only when the
 * parentheses hold a dateline and nothing else and the headline ends no sentence.
 */
function sourcedHeadline(line: string): [string, string] | null {
  if (line.length > 260 || !line.endsWith(')')) return null;
  const m = SOURCED.exec(line);
  if (!m) return null;
  const title = (m[1] as string).trim();
  const inner = (m[2] as string).trim();
  if (endsSentence(title) || /[,;:]$/u.test(title) || title.split(/\s+/u).length < 3) return null;
  const d = parseDateline(inner);
  if (!d || d.prose || (d.date === null && !d.partial) || d.consumed < inner.length) return null;
  return [title, inner];
}

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
// The rule under a table's header: a dash or more per cell, colons for alignment ("|:--|---:|").
const PIPE_RULE = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$/u;
const cellsOf = (row: string): string[] => row.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim());
const dateCell = (c: string): boolean => {
  const d = c.length > 0 && c.length <= 40 ? parseDateline(c) : null;
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= c.length;
};

/**
 * A pipe table whose rows are stories (a press summary kept as "| Fecha | Titular | Resumen |"):
 * the columns' roles come from their cells, not their header words — the column whose every cell
 * is a date, the one with the longest text (the body) and a short unfinished one (the title).
 * Each row is written back as title, date line and body (other cells after the body), one story
 * per block; the header and its rule are set aside. Null when the table is not laid out so.
 */
function tableStories(lines: string[], at: number): { out: string[]; removed: string[]; end: number } | null {
  if (!PIPE_ROW.test(lines[at] ?? '') || !PIPE_RULE.test(lines[at + 1] ?? '')) return null;
  let end = at + 2;
  while (end < lines.length && PIPE_ROW.test(lines[end] as string)) end++;
  const rows = lines.slice(at + 2, end).map(cellsOf);
  const width = cellsOf(lines[at] as string).length;
  if (rows.length < 2 || width < 3 || rows.some((r) => r.length !== width)) return null;
  const column = (k: number): string[] => rows.map((r) => r[k] as string);
  const mean = (k: number): number => column(k).reduce((n, c) => n + c.length, 0) / rows.length;
  const cols = Array.from({ length: width }, (_, k) => k);
  const date = cols.find((k) => column(k).every(dateCell));
  const rest = cols.filter((k) => k !== date).sort((a, b) => mean(b) - mean(a));
  const body = rest[0];
  const title = rest.find((k) => k !== body && column(k).every((c) => c.length >= 3 && c.length <= 200 && !endsSentence(c)));
  if (date === undefined || body === undefined || title === undefined || mean(body) < 1.5 * mean(title)) return null;
  const out: string[] = [];
  for (const r of rows) {
    const others = cols.filter((k) => k !== date && k !== body && k !== title).map((k) => r[k] as string).filter((c) => c.length > 0);
    out.push('', r[title] as string, r[date] as string, r[body] as string);
    pushAll(out, others);
  }
  out.push('');
  return { out, removed: [(lines[at] as string).trim(), (lines[at + 1] as string).trim()], end };
}

/** Reads the structure above; `text` has `\n` line ends. */
export function readTextStructure(text: string): { text: string; removed: string[] } {
  const headed = withoutMailHeaders(text.split('\n'));
  const removed = headed.removed;
  const lines = withoutSignature(headed.lines, removed);
  // A chat export is read message by message (chat-export.ts), not by the line rules below.
  const chat = chatStories(lines) ?? footedPosts(lines);
  if (chat) return { text: chat.out.join('\n'), removed: [...removed, ...chat.removed] };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const t = line.trim();
    const table = t.startsWith('|') ? tableStories(lines, i) : null;
    if (table) {
      pushAll(out, table.out);
      pushAll(removed, table.removed);
      i = table.end - 1;
      continue;
    }
    const dated = datedHeading(t) ?? sourcedHeadline(t);
    if (dated) {
      pushAll(out, dated);
      continue;
    }
    const star = STAR_HEADING.exec(t);
    // Only a line standing alone (blank before it) that ends no sentence: a rule under the last
    // line of a story is a separator between stories, not an underline.
    const alone = i === 0 || (lines[i - 1] as string).trim().length === 0;
    const underlined = alone && t.length > 0 && t.length <= 160 && !t.startsWith('#') && !endsSentence(t) && UNDERLINE.test(lines[i + 1] ?? '') && !UNDERLINE.test(t);
    if (star || underlined) {
      out.push(`## ${star ? (star[1] as string) : t}`);
      if (underlined) {
        removed.push((lines[i + 1] as string).trim());
        i++;
      }
      continue;
    }
    out.push(line);
  }
  return removed.length === 0 && out.length === lines.length && out.every((l, i) => l === lines[i]) ? { text, removed } : { text: out.join('\n'), removed };
}

/**
 * A chat export (WhatsApp's "Export chat" `_chat.txt`, Android `12/9/23, 10:32 - Name: text` or iOS
 * `[12/9/23, 10:32:15] Name: text`; Signal/Telegram desktop copies in the same shape): every message
 * opens with a header giving its date, time and sender. The header is the listing's repeating unit,
 * so the file is read message by message rather than line by line:
 * - a message that carries a story (a short first line over at least one sentence of text: a
 *   press officer's headline and its lead) is written back as title, date line (from its header),
 *   body — one story per block, where the splitter reads them;
 * - every other message (system notices, "<Media omitted>", a bare link, "Thanks 👍", replies) is
 *   chat furniture and set aside, so it is never glued to the story before it.
 * Day/month order is read from the file (a first field above 12 is a day, a second one is a day in
 * a US export); when nothing tells, day first, as most locales export it.
 */

import { pushAll } from '../arrays';
import { parseDateline } from './dates';
import { endsSentence } from './paragraphs';

// Date, time (optional seconds and a.m./p. m.), then " - " (Android) or "] " (iOS) before the message.
const HEADER =
  /^[\u200E\u200F]?\[?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?\s*(?:\]\s*|[-–]\s+)(.*)$/iu;
// "Name: text" — a sender is a name or a phone number, never a sentence.
const SENDER = /^([^:]{1,60}?):\s+(.*)$/u;
/** Fewest message headers for a file to be read as a chat, and the share of its lines they must open. */
const MIN_MESSAGES = 3;
const MIN_SHARE = 0.3;
/** A story's body: at least this many characters of text after its first line. */
const MIN_BODY = 60;
const MAX_TITLE = 200;

interface Message {
  raw: string;
  day: number;
  month: number;
  year: number;
  sender: string | null;
  lines: string[];
}

/** Chat messages of the text, or null when it is no chat export. */
function messagesOf(lines: string[]): { messages: Message[]; before: string[] } | null {
  const messages: Message[] = [];
  const before: string[] = [];
  let filled = 0;
  const heads: Array<[number, number]> = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.length === 0) {
      messages.at(-1)?.lines.push('');
      continue;
    }
    filled++;
    const m = HEADER.exec(t);
    if (!m) {
      if (messages.length === 0) before.push(t);
      else messages.at(-1)?.lines.push(t);
      continue;
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    heads.push([a, b]);
    const yy = Number(m[3]);
    const rest = (m[6] as string).trim();
    const s = SENDER.exec(rest);
    messages.push({
      raw: t,
      day: a,
      month: b,
      year: yy < 100 ? 2000 + yy : yy,
      sender: s ? (s[1] as string) : null,
      lines: [s ? (s[2] as string).trim() : rest],
    });
  }
  if (messages.length < MIN_MESSAGES || messages.length < MIN_SHARE * filled || before.length > 3) return null;
  // Month first only when the file shows it (a second field above 12 and no first one).
  const monthFirst = heads.some(([, b]) => b > 12) && !heads.some(([a]) => a > 12);
  for (const msg of messages) if (monthFirst) [msg.day, msg.month] = [msg.month, msg.day];
  if (messages.some((m) => m.month < 1 || m.month > 12 || m.day < 1 || m.day > 31)) return null;
  return { messages, before };
}

const pad = (n: number): string => String(n).padStart(2, '0');
// WhatsApp's bold and italic marks around a whole line.
const unmark = (t: string): string => t.replace(/^([*_~])(.+)\1$/u, '$2').trim();

/** The message as title and body lines when it carries a story, else null. */
function storyOf(msg: Message): { title: string; body: string[] } | null {
  if (msg.sender === null) return null;
  const filled = msg.lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const [first, ...body] = filled;
  if (first === undefined || body.length === 0) return null;
  const title = unmark(first);
  const text = body.join(' ');
  if (title.length < 8 || title.length > MAX_TITLE || endsSentence(title) || /^https?:\/\//iu.test(title)) return null;
  if (text.length < MIN_BODY || !endsSentence(body.at(-1) as string) && !/[.!?]\s/u.test(text)) return null;
  return { title, body };
}

/**
 * The chat export rewritten as stories (title, ISO date line, body, blank line between), with the
 * lines set aside; null when the text is not a chat export or holds no story.
 */
export function chatStories(lines: string[]): { out: string[]; removed: string[] } | null {
  const read = messagesOf(lines);
  if (!read) return null;
  const out: string[] = [];
  const removed: string[] = [...read.before];
  let stories = 0;
  for (const msg of read.messages) {
    const story = storyOf(msg);
    if (!story) {
      removed.push(msg.raw);
      pushAll(removed, msg.lines.slice(1).map((l) => l.trim()).filter((l) => l.length > 0));
      continue;
    }
    stories++;
    // The header itself (date, time, sender) is furniture; its date goes on the date line.
    removed.push(msg.raw.slice(0, msg.raw.length - (msg.lines[0] as string).length).trim());
    out.push('', story.title, `${msg.year}-${pad(msg.month)}-${pad(msg.day)}`);
    pushAll(out, story.body);
  }
  if (stories === 0) return null;
  out.push('');
  return { out, removed };
}

// A channel post's footer (Telegram Web/desktop copies): its view count, then its time, maybe "edited".
const VIEWS = /^(?:👁\s*)?\d[\d.,]*\s?[KkMm]?$/u;
const TIME = /^(?:edited\s+|editado\s+)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?$/u;
const VIEWS_TIME = /^(?:👁\s*)?\d[\d.,]*\s?[KkMm]?\s+(?:edited\s+|editado\s+)?\d{1,2}:\d{2}$/u;
/** Most characters of a day separator ("October 2", "2 de octubre"). */
const DAY_CHARS = 30;

/** True when `t` is a date and nothing else (a channel's day separator). */
function daySeparator(t: string): boolean {
  if (t.length > DAY_CHARS || !/\d/u.test(t)) return false;
  const d = parseDateline(t);
  return d !== null && !d.prose && (d.date !== null || d.partial !== undefined) && d.consumed >= t.length;
}

/**
 * A channel copy whose posts each close with a footer (views and time, the listing's repeating
 * unit) under day separators: each footed post is written back as title (its last short line
 * before its text; labels above it such as "Forwarded from …" or a pin notice are set aside),
 * the day's date line and its body. Unfooted runs (the channel's header, "Channel photo updated")
 * are set aside. Null when the text has fewer than three footers.
 */
export function footedPosts(lines: string[]): { out: string[]; removed: string[] } | null {
  const trimmed = lines.map((l) => l.trim());
  const footer = new Set<number>();
  trimmed.forEach((t, i) => {
    if (VIEWS_TIME.test(t)) footer.add(i);
    else if (TIME.test(t) && i > 0 && VIEWS.test(trimmed[i - 1] as string)) footer.add(i).add(i - 1);
  });
  const ends = [...footer].filter((i) => !footer.has(i + 1));
  if (ends.length < MIN_MESSAGES) return null;
  const out: string[] = [];
  const removed: string[] = [];
  let day: string | null = null;
  let run: string[] = [];
  const flushUnfooted = (): void => {
    pushAll(removed, run.filter((l) => l.length > 0));
    run = [];
  };
  for (let i = 0; i < trimmed.length; i++) {
    const t = trimmed[i] as string;
    if (footer.has(i)) {
      removed.push(t);
      if (ends.includes(i) && run.length > 0) {
        const post = postOf(run);
        if (post && day !== null) {
          pushAll(removed, post.labels);
          out.push('', post.title, day);
          pushAll(out, post.body);
          run = [];
        } else flushUnfooted();
      }
      continue;
    }
    if (daySeparator(t)) {
      flushUnfooted();
      day = t;
      continue;
    }
    run.push(t);
  }
  flushUnfooted();
  if (out.length === 0) return null;
  out.push('');
  return { out, removed };
}

/** A post's title (its last short line before the first sentence), the labels above it and its body. */
function postOf(run: string[]): { title: string; labels: string[]; body: string[] } | null {
  const filled = run.filter((l) => l.length > 0);
  // A notice above the title may itself be long ("… pinned «Ministers back a single digital…»").
  const titled = (k: number): boolean => {
    const t = unmark(filled[k - 1] as string);
    return t.length <= MAX_TITLE && !endsSentence(t) && !/[»"”…]$/u.test(t);
  };
  const bodyAt = filled.findIndex((l, k) => k > 0 && l.length >= MIN_BODY && endsSentence(l) && titled(k));
  if (bodyAt < 1) return null;
  return { title: unmark(filled[bodyAt - 1] as string), labels: filled.slice(0, bodyAt - 1), body: filled.slice(bodyAt) };
}

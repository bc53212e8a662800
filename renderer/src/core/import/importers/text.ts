/** Plain text (.txt) and markdown (.md) importers. */
import type { ParsedBulletin } from '../../model';
import { toParsedBulletin } from '../build-bulletin';
import type { ImporterResult } from '../coverage';
import { ImportFileError } from '../errors';
import { normaliseText } from '../paragraphs';
import { splitBulletinsReport } from '../splitter';

/**
 * Splits decoded text into bulletins; throws "no bulletin found" when nothing is left.
 * `sourceLines` are the text's lines, so the nothing-lost check sees exactly what the user pasted.
 */
export function importPlainTextResult(text: string, fileName: string, options: { fileDate?: string } = {}): ImporterResult {
  const split = splitBulletinsReport(text, options);
  const bulletins = split.bulletins.filter((b) => b.paragraphs.length > 0 && b.title.length > 0);
  if (bulletins.length === 0) throw new ImportFileError(fileName, 'no bulletin found');
  return {
    bulletins: bulletins.map((b) => toParsedBulletin(b, fileName)),
    // Normalised only when it has to be: a second pass over a large listing costs.
    sourceLines: joinHyphenated((text.includes('\r') ? normaliseText(text) : text).split('\n')),
    removed: split.removed,
  };
}

/**
 * Source lines with a word hyphenated at a line end put back together ("coope-" + "ración…"),
 * as the paragraphs join it, so the nothing-lost check compares the same words.
 */
function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    while (/\p{Ll}[-\u00AD\u2010]\s*$/u.test(line) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '')) line = `${line.trimEnd().slice(0, -1)}${(lines[++i] as string).trimStart()}`;
    out.push(line);
  }
  return out;
}

/** `importPlainTextResult`'s bulletins only (for callers that do not check coverage). */
export function importPlainText(text: string, fileName: string): ParsedBulletin[] {
  return importPlainTextResult(text, fileName).bulletins;
}

/**
 * Markdown → plain text that keeps `#` headings (strong title signals for the splitter) and
 * list items, and drops the rest of the syntax (emphasis, links, images, code fences, HTML).
 */
export function stripMarkdown(md: string): string {
  return md
    .replace(/\r\n?/gu, '\n')
    .replace(/^```[^\n]*\n?/gmu, '')
    .replace(/^(.+)\n=+[ \t]*$/gmu, (all, line: string) => (line.length > 200 || /[.!?;:]["'”’»)]*\s*$/u.test(line) ? all : `# ${line}`))
    // A setext heading ("Title" over "-----") only when the line reads like a heading: a sentence over
    // a drawn rule ("… alliance.\n-----") is a paragraph and a rule between bulletins.
    .replace(/^(.+)\n-{2,}[ \t]*$/gmu, (all, line: string) => (/^\s*$/u.test(line) || line.length > 200 || /[.!?;:]["'”’»)]*\s*$/u.test(line) ? all : `## ${line}`))
    .replace(/^\s{0,3}(?:[-*_][ \t]*){3,}$/gmu, '')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gmu, '')
    .replace(/<\/?[a-z][^>]*>/giu, '')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
}

/** Imports a markdown file (its source lines are those of the stripped text). */
export function importMarkdownResult(md: string, fileName: string, options: { fileDate?: string } = {}): ImporterResult {
  return importPlainTextResult(stripMarkdown(md), fileName, options);
}

/** `importMarkdownResult`'s bulletins only. */
export function importMarkdown(md: string, fileName: string): ParsedBulletin[] {
  return importMarkdownResult(md, fileName).bulletins;
}

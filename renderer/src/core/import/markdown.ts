/**
 * Markdown read by a CommonMark parser (micromark through mdast-util-from-markdown) instead of by
 * hand: the tree is written back as the plain text the splitter reads — `#` headings (strong
 * title signals), bullet lines, paragraphs with their line breaks, `-----` for thematic breaks —
 * with emphasis, links, images, code fences and HTML gone. YAML front matter is read as the
 * document's metadata (title, date), never as a bulletin.
 */
import { pushAll } from '../arrays';
import type { Heading, List, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import { readIsoish } from './html-page';

/** What a Markdown file's front matter says about it. */
export interface FrontMatter {
  title?: string;
  /** ISO `YYYY-MM-DD`, with the precision the value had. */
  date?: { date: string; precision: 'day' | 'month' | 'year' };
}

/** The text for the splitter, the front matter and the source lines set aside (the front matter's). */
export interface MarkdownText {
  text: string;
  meta: FrontMatter;
  removed: string[];
}

const SENTENCE_END = /[.!?;:]["'”’»)]*\s*$/u;

/** Inline content as text: soft and hard breaks stay line breaks, images and HTML go. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

/** A heading written with an underline ("Title" over "-----") rather than `#`. */
const isSetext = (node: Heading, source: string): boolean => !source.slice(node.position?.start.offset ?? 0).startsWith('#');

function list(node: List, source: string, depth: number): string[] {
  const out: string[] = [];
  node.children.forEach((item, i) => {
    const mark = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
    const parts = item.children.flatMap((c) => block(c, source, depth + 1));
    const [first = '', ...rest] = parts;
    out.push(`${'  '.repeat(depth)}${mark} ${first.replace(/\n/gu, ' ')}`);
    pushAll(out, rest);
  });
  return out;
}

/**
 * A list of stories, as notes apps keep a digest: every item (two at least) opens with a bold
 * headline and has a paragraph of its own below it ("1. **Title** — 20/11/2023" + text).
 */
function storyList(node: List): boolean {
  return (
    node.children.length >= 2 &&
    node.children.every((item) => {
      const [head, ...rest] = item.children;
      return head?.type === 'paragraph' && head.children[0]?.type === 'strong' && rest.some((c) => c.type === 'paragraph');
    })
  );
}

/** Each item of a story list as a headline (`###`), the rest of its first line, then its blocks. */
function storyItems(node: List, source: string, depth: number): string[] {
  return node.children.flatMap((item) => {
    const [head, ...rest] = item.children as [Paragraph, ...RootContent[]];
    const [strong, ...after] = head.children;
    const title = strong ? inline(strong).replace(/\s+/gu, ' ').trim() : '';
    // What follows the bold headline on its line: a date or source after a dash or a bar.
    const tail = after.map(inline).join('').replace(/^\s*[-–—|·:]\s*/u, '').trim();
    return [`### ${title}`, ...(tail ? [tail] : []), ...rest.flatMap((c) => block(c, source, depth))];
  });
}

/** One block node → its text blocks (joined later with blank lines). */
function block(node: RootContent, source: string, depth = 0): string[] {
  switch (node.type) {
    case 'heading': {
      const text = inline(node).replace(/\s+/gu, ' ').trim();
      // A sentence over a drawn rule is a paragraph and a rule between bulletins, not a heading.
      if (isSetext(node, source) && (text.length > 200 || SENTENCE_END.test(text))) return [inline(node), '-----'];
      return text ? [`${'#'.repeat(node.depth)} ${text}`] : [];
    }
    case 'paragraph':
      return [inline(node as Paragraph)];
    case 'list':
      return storyList(node) ? storyItems(node, source, depth) : [list(node, source, depth).join('\n')];
    case 'blockquote':
      return node.children.flatMap((c) => block(c, source, depth));
    case 'code':
      return [node.value];
    case 'html':
      return [node.value.replace(/<\/?[a-z][^>]*>/giu, '').replace(/<!--[\s\S]*?-->/gu, '')];
    case 'thematicBreak':
      return ['-----'];
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell)).join(' | '));
    default:
      return [];
  }
}

const CALLOUT = /^\s*\[![A-Za-z-]+\][+-]?(?:\s|$)/u;

/** Reads the front matter's title and date (bad YAML is kept as removed text, never fatal). */
function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const o = data as Record<string, unknown>;
  const meta: FrontMatter = {};
  const title = o.title ?? o.titulo ?? o['título'];
  if (typeof title === 'string' && title.trim()) meta.title = title.replace(/\s+/gu, ' ').trim();
  // Notes apps name it differently: Obsidian's templates "created", blogs "published"/"pubDate".
  const raw = o.date ?? o.fecha ?? o.published ?? o.pubDate ?? o.created ?? o.creado;
  const date = raw instanceof Date ? readIsoish(raw.toISOString()) : typeof raw === 'string' ? readIsoish(raw) : null;
  if (date) meta.date = date;
  return meta;
}

/** Markdown → splitter text, front matter and what was set aside. */
export function readMarkdown(md: string): MarkdownText {
  const source = md.replace(/\r\n?/gu, '\n');
  const tree: Root = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  let meta: FrontMatter = {};
  const removed: string[] = [];
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      meta = readFrontMatter(node.value);
      pushAll(removed, node.value.split('\n'));
      continue;
    }
    // A callout ("> [!note] …", Obsidian's and GitHub's alerts) is the editor's note to readers
    // of the notes, not a story: set aside, shown with the left-out lines.
    if (node.type === 'blockquote' && CALLOUT.test(node.children[0]?.type === 'paragraph' ? inline(node.children[0]) : '')) {
      pushAll(removed, node.children.flatMap((c) => block(c, source)));
      continue;
    }
    pushAll(blocks, block(node, source));
  }
  return { text: blocks.filter((b) => b.trim().length > 0).join('\n\n'), meta, removed };
}

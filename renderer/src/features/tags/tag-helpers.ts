/**
 * Small helpers shared by the tag UI: resolving what a person typed to a tag (creating it and any
 * missing parents), the options of tag pickers, and turning data-layer errors into readable text.
 */
import type { TFunction } from 'i18next';
import type { Tag } from '../../core/model';
import { descendantIds, findTagByName, tagDisplayPath, tagPathVariants } from '../../core/tags/tree';
import { foldText } from '../../core/text/fold';
import type { Send } from '../../app/archive/commands';
import { ArchiveError, listTags } from '../../data';

/** One entry of a tag picker: the tag and its display path ("Parent › Child") in the UI language. */
export interface TagOption {
  tag: Tag;
  path: string;
  /** Its paths in every language, folded: typing either language's name finds it. */
  keys: string;
}

/**
 * Splits a typed tag path into its levels. Only `›` and `>` separate levels when creating, so a
 * name such as "Trade/Customs" stays one tag.
 */
export function splitTagPath(text: string): string[] {
  return text
    .split(/\s*(?:›|>)\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The tag named (or pathed) by `text`, case- and accent-insensitively; created when missing, with
 * any missing parent levels of a "Parent › Child" path.
 * @throws ArchiveError 'invalid' for an empty or over-long name
 */
export async function resolveOrCreateTag(send: Send, text: string): Promise<Tag> {
  const existing = findTagByName(await listTags(), text);
  if (existing) return existing;
  const parts = splitTagPath(text);
  if (parts.length === 0) return send('tag/get-or-create', { name: text });
  let parentId: string | null = null;
  let tag: Tag | undefined;
  for (const part of parts) {
    tag = await send('tag/get-or-create', { name: part, parentId });
    parentId = tag.id;
  }
  return tag as Tag;
}

/** Every tag with its path in `language` (a UI locale), sorted by that path, for pickers and autocomplete. */
export function tagOptions(tags: readonly Tag[], language = 'en'): TagOption[] {
  return tags
    .map((tag) => ({ tag, path: tagDisplayPath(tags, tag.id, language), keys: tagPathVariants(tags, tag.id).map(foldText).join('\n') }))
    .sort((a, b) => foldText(a.path).localeCompare(foldText(b.path)));
}

/** Options that can become the parent of (or the merge target for) `id`: never itself or its sub-tags. */
export function optionsOutside(tags: readonly Tag[], id: string, language = 'en'): TagOption[] {
  const inside = new Set(descendantIds(tags, id, true));
  return tagOptions(tags, language).filter((option) => !inside.has(option.tag.id));
}

/** Autocomplete matches: tags whose path in either language contains what was typed (folded), at most `limit`. */
export function matchTagOptions(options: readonly TagOption[], typed: string, exclude: ReadonlySet<string>, limit = 8): TagOption[] {
  const needle = foldText(typed.trim());
  if (needle === '') return [];
  return options.filter((option) => !exclude.has(option.tag.id) && option.keys.includes(needle)).slice(0, limit);
}

/** A message a person can act on, translated where the data layer gives a stable error code. */
export function errorText(t: TFunction, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ArchiveError) {
    if (error.code === 'duplicate-name') return t('tags.errors.duplicate');
    if (error.code === 'cycle') return t('tags.errors.cycle');
    if (error.code === 'not-found') return t('tags.errors.notFound');
    if (error.code === 'invalid') return t('tags.errors.invalid', { message });
  }
  return t('tags.errors.generic', { message });
}

/** `#rgb` → `#rrggbb`, because `<input type="color">` only accepts the long form. */
export function longHexColor(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#000000';
}

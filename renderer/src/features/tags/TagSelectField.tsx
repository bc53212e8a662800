import { useId } from 'react';
import type { Tag } from '../../core/model';
import { tagOptions } from './tag-helpers';
import { useTagNames } from './use-tags';

/** One `<option>` per tag, by path ("Parent › Child"), sorted. */
export function TagOptionList({ tags }: { tags: readonly Tag[] }) {
  const { language } = useTagNames();
  return tagOptions(tags, language).map((option) => (
    <option key={option.tag.id} value={option.tag.id}>
      {option.path}
    </option>
  ));
}

/** A labelled tag picker whose first option (value "") means none: "Top level", "Choose a tag". */
export function TagSelectField({
  label,
  noneLabel,
  tags,
  value,
  onChange,
}: {
  label: string;
  noneLabel: string;
  tags: readonly Tag[];
  value: string;
  onChange(tagId: string): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{noneLabel}</option>
        <TagOptionList tags={tags} />
      </select>
    </div>
  );
}

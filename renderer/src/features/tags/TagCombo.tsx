import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchTagOptions, tagOptions } from './tag-helpers';
import { useTagNames, useTags } from './use-tags';

interface TagComboProps {
  /** Accessible name of the textbox (tests and screen readers find it by this). */
  label: string;
  value: string;
  onChange(value: string): void;
  /** Enter, or a click on a suggestion: the tag path to act on. */
  onSubmit(value: string): void;
  /** Tags not worth suggesting (e.g. already on the bulletin). */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  disabled?: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A textbox with tag autocomplete. Deliberately not `<input list>`: that makes the input a
 * combobox, and the reader's `Add tag` must stay a textbox. Nothing is highlighted until the arrow
 * keys are used, so Enter always takes exactly what was typed (a new tag can be a prefix of an old one).
 */
export function TagCombo({ label, value, onChange, onSubmit, exclude = NONE, placeholder, disabled }: TagComboProps) {
  const { t } = useTranslation();
  const tags = useTags();
  const listId = useId();
  const { language } = useTagNames();
  const options = useMemo(() => tagOptions(tags, language), [tags, language]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = open ? matchTagOptions(options, value, exclude) : [];
  const current = active >= 0 && active < matches.length ? active : -1;

  const submit = (text: string) => {
    setOpen(false);
    setActive(-1);
    onSubmit(text);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Cycle through the suggestions and back to "what I typed" (-1).
      const next = current + step;
      setActive(next >= matches.length ? -1 : next < -1 ? matches.length - 1 : next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[current];
      submit(chosen ? chosen.path : value);
    } else if (event.key === 'Escape' && matches.length > 0) {
      // Close the suggestions, not the surrounding dialog.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <span className="tag-combo" style={{ position: 'relative', display: 'inline-block' }}>
      <input
        type="text"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        disabled={disabled}
        autoComplete="off"
        aria-autocomplete="list"
        aria-controls={matches.length > 0 ? listId : undefined}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 ? (
        <ul id={listId} role="listbox" aria-label={t('tags.combo.suggestions')} className="popover" style={{ listStyle: 'none', margin: 0, padding: 4, top: '100%', left: 0, minWidth: '100%' }}>
          {matches.map((option, index) => (
            <li
              key={option.tag.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              style={{ padding: '2px 6px', cursor: 'pointer', whiteSpace: 'nowrap', background: index === current ? 'var(--selected)' : undefined }}
              // mousedown, not click: the input's blur would remove the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                submit(option.path);
              }}
            >
              <span aria-hidden="true" style={{ color: option.tag.color }}>
                ●{' '}
              </span>
              {option.path}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}

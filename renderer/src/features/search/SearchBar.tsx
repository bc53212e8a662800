import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiState } from '../../app/state';
import { QueryHelp } from './QueryHelp';
import { SaveSearchButton } from './SaveSearchButton';
import { firstTagChoice } from './TagChooser';

const DEBOUNCE_MS = 200;

/** The search box: results follow typing (debounced) and update at once on Enter. */
export function SearchBar() {
  const { t } = useTranslation();
  const { state, dispatch } = useUiState();
  const [text, setText] = useState(state.queryText);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The query can also change from outside (sidebar, facets, saved searches).
  useEffect(() => setText(state.queryText), [state.queryText]);

  const commit = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value !== state.queryText || state.view.kind !== 'library') {
      if (state.view.kind === 'library') dispatch({ type: 'query', queryText: value });
      else dispatch({ type: 'show', view: { kind: 'library' }, queryText: value });
    }
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        aria-label={t('toolbar.search')}
        placeholder={t('toolbar.searchPlaceholder')}
        value={text}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(value), DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(text);
          if (event.key === 'Escape' && text) {
            setText('');
            commit('');
          }
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            // The tag chooser, when shown, sits between the box and the list.
            (firstTagChoice() ?? document.querySelector<HTMLElement>('[role="list"][aria-label]'))?.focus();
          }
        }}
      />
      <QueryHelp />
      <label className="toggle">
        <input
          type="checkbox"
          checked={state.translations}
          onChange={(event) => dispatch({ type: 'translations', on: event.target.checked })}
        />{' '}
        {t('toolbar.translations')}
      </label>
      <SaveSearchButton />
    </div>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiState } from '../../app/state';
import type { TagChoice, TagTermReport } from '../../core/search/engine-types';
import './tag-chooser.css';

const searchBox = (): HTMLInputElement | null => document.querySelector<HTMLInputElement>('input[type="search"]');

/** The chooser's first button, for the search box's ArrowDown (see SearchBar). */
export function firstTagChoice(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-tag-chooser] button');
}

/**
 * Beside the result count: for each `tag:` term that matched several tags ("tag:coun matches 3
 * tags: …"), one button per tag that narrows the query to exactly that tag; for a term that matched
 * none, says so and offers tags named like part of it. The search meanwhile answers with the union.
 * Choosing, "Keep all" and Escape hand focus back to the search box; ←/→ move between the buttons.
 */
export function TagChooser({ reports, query }: { reports: readonly TagTermReport[]; query: string }) {
  const { t } = useTranslation();
  const { dispatch } = useUiState();
  // Dismissed for this query text only: another query asks again.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const several = reports.filter((r) => r.count > 1);
  const none = reports.filter((r) => r.kind === 'none');
  if (dismissed === query || (several.length === 0 && none.length === 0)) return null;

  const backToSearch = (): void => searchBox()?.focus();
  const choose = (choice: TagChoice): void => {
    dispatch({ type: 'query', queryText: choice.query });
    backToSearch();
  };
  const keepAll = (): void => {
    setDismissed(query);
    backToSearch();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      keepAll();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      backToSearch();
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && at >= 0) {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : buttons.length - 1;
      buttons[(at + step) % buttons.length]?.focus();
    }
  };

  // The worker lists the first few (tag-terms.ts MAX_CHOICES); the rest are named by count.
  const buttons = (choices: readonly TagChoice[], count: number, name: 'tagChooser.only' | 'tagChooser.tryTag') => (
    <>
      {choices.map((c, i) => (
        <span key={c.id}>
          {i > 0 ? ' · ' : null}
          <button type="button" className="link" aria-label={t(name, { path: c.path })} onClick={() => choose(c)}>
            {c.path}
          </button>
        </span>
      ))}
      {count > choices.length ? <span> {t('tagChooser.more', { count: count - choices.length })}</span> : null}
    </>
  );

  return (
    <div className="tag-chooser" role="group" aria-label={t('tagChooser.label')} data-tag-chooser onKeyDown={onKeyDown}>
      {several.map((r) => (
        <p key={r.term}>
          <span>{t('tagChooser.matches', { term: r.term, count: r.count })}</span> {buttons(r.tags, r.count, 'tagChooser.only')}
        </p>
      ))}
      {none.map((r) => (
        <p key={r.term}>
          <span>{t('tagChooser.none', { term: r.term })}</span>{' '}
          {r.near.length > 0 ? (
            <>
              <span>{t('tagChooser.near')}</span> {buttons(r.near, r.near.length, 'tagChooser.tryTag')}
            </>
          ) : (
            <span>{t('tagChooser.nothingNear')}</span>
          )}
        </p>
      ))}
      {several.length > 0 ? (
        <p className="tag-chooser-foot">
          <button type="button" onClick={keepAll}>
            {t('tagChooser.keepAll')}
          </button>{' '}
          <span className="tag-chooser-hint">{t('tagChooser.hint')}</span>
        </p>
      ) : null}
    </div>
  );
}

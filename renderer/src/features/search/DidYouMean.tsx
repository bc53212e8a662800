import { useTranslation } from 'react-i18next';
import { useUiState } from '../../app/state';

/** Stands in for the query inside the translated sentence, so the suggestion can be marked up. */
const SLOT = '\u0000';

/**
 * "Did you mean: acuicultura?" under a search that found nothing: one button whose name is the
 * whole sentence; clicking it runs the corrected query (and puts it in the search box).
 */
export function DidYouMean({ suggestion }: { suggestion: string }) {
  const { t } = useTranslation();
  const { dispatch } = useUiState();
  const [before = '', after = ''] = t('search.didYouMean', { query: SLOT }).split(SLOT);
  return (
    <p style={{ padding: '0 12px' }}>
      <button type="button" className="link" onClick={() => dispatch({ type: 'query', queryText: suggestion })}>
        {before}
        <strong>{suggestion}</strong>
        {after}
      </button>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { useUiState } from '../../app/state';

/** When a search finds nothing: tags whose name contains a typed word, each a button that searches `tag:"…"`. */
export function TagOffers({ offers }: { offers: ReadonlyArray<{ word: string; tag: string }> }) {
  const { t } = useTranslation();
  const { dispatch } = useUiState();
  if (offers.length === 0) return null;
  return (
    <p className="did-you-mean">
      {t('partial.tagHint', { word: offers[0]?.word ?? '' })}{' '}
      {offers.map((o) => (
        <button key={o.tag} type="button" className="link" onClick={() => dispatch({ type: 'query', queryText: `tag:"${o.tag}"` })}>
          {t('partial.tagOffer', { name: `"${o.tag}"` })}
        </button>
      ))}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { approxText, isApprox, rangeText, shortMonthsFor, timeAttr } from '../../core/dates/format-date';
import type { DateFields } from '../../core/model';
import { formatDate } from './format';

type Shown = Pick<DateFields, 'date' | 'datePrecision' | 'dateEnd' | 'dateApprox'>;

/**
 * A bulletin's date as `<time>`: exact dates keep their ISO `datetime`; an approximate one reads
 * "≈ Nov 2023" with `datetime="2023-11"` (or "≈ 2023" / "2023") and its range in a tooltip.
 * "Undated" only when nothing is known.
 */
export function BulletinDate({ value }: { value: Shown }) {
  const { t, i18n } = useTranslation();
  if (value.date === null || value.datePrecision === 'unknown') return <span>{t('list.undated')}</span>;
  if (isApprox(value)) {
    const months = shortMonthsFor(i18n.language);
    return (
      <time dateTime={timeAttr(value) ?? undefined} title={t('dates.approximateHint', { range: rangeText(value, months) })}>
        {approxText(value, months)}
      </time>
    );
  }
  return <time dateTime={value.date}>{formatDate(value.date, value.datePrecision, i18n.language)}</time>;
}

/** The marks that keep a guessed date visible: "approximate", "year inferred". */
export function DateMarks({ value }: { value: Pick<DateFields, 'dateApprox' | 'yearInferred' | 'date' | 'dateEnd' | 'datePrecision'> }) {
  const { t, i18n } = useTranslation();
  if (value.date === null) return null;
  if (value.dateApprox) {
    return (
      <span className="badge" title={t('dates.approximateHint', { range: rangeText(value, shortMonthsFor(i18n.language)) })}>
        {t('dates.approximate')}
      </span>
    );
  }
  if (value.yearInferred) {
    return (
      <span className="badge" title={t('dates.yearInferredHint')}>
        {t('dates.yearInferred')}
      </span>
    );
  }
  return null;
}

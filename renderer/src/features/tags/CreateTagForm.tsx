import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTagColor } from '../../core/tags/colors';
import { useSend } from '../../app/archive/ArchiveProvider';
import { useManagerNotify } from './ManagerNotice';
import { errorText } from './tag-helpers';
import { TagSelectField } from './TagSelectField';
import { useTags } from './use-tags';

/** "New tag": name, optional parent and colour. */
export function CreateTagForm() {
  const { t } = useTranslation();
  const notify = useManagerNotify();
  const send = useSend();
  const tags = useTags();
  const ids = useId();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [color, setColor] = useState(() => defaultTagColor(tags.length));
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    if (name.trim() === '') return;
    try {
      const tag = await send('tag/create', { name, parentId: parentId || null, color });
      setName('');
      setError(null);
      setColor(defaultTagColor(tags.length + 1));
      notify({ message: t('tags.manager.created', { name: tag.name }) });
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <form
      aria-labelledby={`${ids}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', marginBottom: 12 }}
    >
      <h3 id={`${ids}-h`} style={{ flexBasis: '100%', margin: '0 0 4px' }}>
        {t('tags.manager.newTag')}
      </h3>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('tags.manager.name')}</label>
        <input id={`${ids}-name`} type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <TagSelectField label={t('tags.manager.parent')} noneLabel={t('tags.manager.topLevel')} tags={tags} value={parentId} onChange={setParentId} />
      <div className="field">
        <label htmlFor={`${ids}-color`}>{t('tags.manager.colour')}</label>
        <input id={`${ids}-color`} type="color" value={color} onChange={(event) => setColor(event.target.value)} />
      </div>
      <div className="field">
        <button type="submit" className="primary" disabled={name.trim() === ''}>
          {t('tags.manager.create')}
        </button>
      </div>
      {error ? (
        <div role="alert" className="alert" style={{ flexBasis: '100%' }}>
          {error}
        </div>
      ) : null}
    </form>
  );
}

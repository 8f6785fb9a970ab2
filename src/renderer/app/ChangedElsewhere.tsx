/** Another window upgraded the database (issue 20): say so and offer Reload, before a save fails on a closed connection. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onChangedElsewhere, type LesestoffDb } from '../db/database';
import './errors.css';

export function ChangedElsewhereBanner({ db }: { db: LesestoffDb }) {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  useEffect(() => onChangedElsewhere(db, () => setChanged(true)), [db]);
  if (!changed) return null;
  return (
    <div className="changed-elsewhere" role="alert" data-testid="changed-elsewhere">
      <p>{t('changedElsewhere.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('changedElsewhere.reload')}
      </button>
    </div>
  );
}

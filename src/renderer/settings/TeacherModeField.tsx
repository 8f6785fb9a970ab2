/** Settings field: teacher mode (issue 8), which adds "Lesson packs" with the pack editor and class overview. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { saveTeacherMode, useTeacherMode } from '../domain/teacherMode';

export function TeacherModeField() {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const stored = useTeacherMode(db);
  // The choice shows at once; the live query catches up after the write.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = chosen ?? stored;
  if (on === undefined) return null;
  return (
    <div className="field teacher-mode-field">
      <label className="checkbox-label" htmlFor="teacher-mode">
        <input id="teacher-mode" type="checkbox" checked={on} onChange={(e) => {
            setChosen(e.target.checked);
            void saveTeacherMode(db, e.target.checked);
          }} aria-describedby="teacher-mode-help" />
        {t('teacherMode.label')}
      </label>
      <p id="teacher-mode-help" className="muted">
        {t('teacherMode.help')}
      </p>
    </div>
  );
}

/** Title, level and instructions of a pack. */
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS } from '../../../core';
import type { EditorSectionProps } from './PackEditorScreen';

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

export function DetailsSection({ draft, onChange }: EditorSectionProps) {
  const { t } = useTranslation('packs');
  return (
    <section className="editor-section" aria-labelledby="details-title">
      <h2 id="details-title">
        <span className="step-number" aria-hidden="true">
          1
        </span>
        {t('editor.details')}
      </h2>
      <div className="details-grid">
        <div className="field">
          <label htmlFor="pack-title-input">{t('editor.titleLabel')}</label>
          <input id="pack-title-input" type="text" value={draft.title} maxLength={PACK_LIMITS.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} required />
        </div>
        <div className="field">
          <label htmlFor="pack-level-input">{t('editor.levelLabel')}</label>
          <input id="pack-level-input" type="text" list="pack-levels" value={draft.level} maxLength={PACK_LIMITS.level} onChange={(e) => onChange({ ...draft, level: e.target.value })} aria-describedby="pack-level-help" />
          <datalist id="pack-levels">
            {LEVELS.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <p id="pack-level-help" className="muted help">
            {t('editor.levelHelp')}
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor="pack-instructions-input">{t('editor.instructionsLabel')}</label>
        <textarea
          id="pack-instructions-input"
          rows={3}
          value={draft.instructions}
          maxLength={PACK_LIMITS.instructions}
          onChange={(e) => onChange({ ...draft, instructions: e.target.value })}
          aria-describedby="pack-instructions-help"
        />
        <p id="pack-instructions-help" className="muted help">
          {t('editor.instructionsHelp')}
        </p>
      </div>
    </section>
  );
}

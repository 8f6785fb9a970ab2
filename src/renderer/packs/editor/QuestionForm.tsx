/** Editing one question: prompt, options and the right one, or the answer and other accepted answers. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS, type PackQuestion } from '../../../core';
import { applyFields, fieldsOf, type QuestionFields } from './questionDrafts';
import { TEXT_LANG } from '../../textLanguage';

export function QuestionForm({ question, onSave, onCancel }: { question: PackQuestion; onSave: (q: PackQuestion) => void; onCancel: () => void }) {
  const { t } = useTranslation('packs');
  const id = useId();
  const [f, setF] = useState<QuestionFields>(() => fieldsOf(question));
  const set = (patch: Partial<QuestionFields>) => setF({ ...f, ...patch });
  const setOption = (i: number, value: string) => set({ options: f.options.map((o, j) => (j === i ? value : o)) });
  const removeOption = (i: number) => set({ options: f.options.filter((_, j) => j !== i), correct: f.correct === i ? 0 : f.correct > i ? f.correct - 1 : f.correct });
  return (
    <form
      className="question-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(applyFields(question, f));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      data-testid="question-form"
    >
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{t('questions.prompt')}</label>
        <textarea id={`${id}-prompt`} rows={2} lang={TEXT_LANG} value={f.prompt} maxLength={PACK_LIMITS.prompt} onChange={(e) => set({ prompt: e.target.value })} autoFocus aria-describedby={question.type === 'cloze' ? `${id}-gap-help` : undefined} />
        {question.type === 'cloze' && (
          <p id={`${id}-gap-help`} className="muted help">
            {t('questions.gapHelp')}
          </p>
        )}
      </div>
      {question.type === 'multiple-choice' && (
        <fieldset className="options-fieldset">
          <legend>{t('questions.options')}</legend>
          {f.options.map((o, i) => (
            <div key={i} className="option-row">
              <input type="radio" name={`${id}-correct`} checked={f.correct === i} onChange={() => set({ correct: i })} aria-label={t('questions.markCorrect', { n: i + 1 })} />
              <input type="text" lang={TEXT_LANG} value={o} maxLength={PACK_LIMITS.option} onChange={(e) => setOption(i, e.target.value)} aria-label={t('questions.option', { n: i + 1 })} />
              <button type="button" className="secondary small" onClick={() => removeOption(i)} disabled={f.options.length <= 2} aria-label={t('questions.removeOption', { n: i + 1 })}>
                ×
              </button>
            </div>
          ))}
          <p className="muted help">{t('questions.correctHelp')}</p>
          {f.options.length < PACK_LIMITS.options && (
            <button type="button" className="secondary small" onClick={() => set({ options: [...f.options, ''] })}>
              + {t('questions.addOption')}
            </button>
          )}
        </fieldset>
      )}
      {question.type === 'true-false' && (
        <fieldset className="options-fieldset">
          <legend>{t('questions.statementIs')}</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name={`${id}-truth`} checked={f.truth} onChange={() => set({ truth: true })} />
              {t('runner.true')}
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-truth`} checked={!f.truth} onChange={() => set({ truth: false })} />
              {t('runner.false')}
            </label>
          </div>
        </fieldset>
      )}
      {(question.type === 'cloze' || question.type === 'free-text') && (
        <div className="details-grid">
          <div className="field">
            <label htmlFor={`${id}-answer`}>{question.type === 'cloze' ? t('questions.answer') : t('questions.modelAnswer')}</label>
            {question.type === 'cloze' ? (
              <input id={`${id}-answer`} type="text" lang={TEXT_LANG} value={f.answer} maxLength={PACK_LIMITS.option} onChange={(e) => set({ answer: e.target.value })} />
            ) : (
              <textarea id={`${id}-answer`} rows={3} lang={TEXT_LANG} value={f.answer} onChange={(e) => set({ answer: e.target.value })} />
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-accept`}>{t('questions.accept')}</label>
            <textarea id={`${id}-accept`} rows={3} lang={TEXT_LANG} value={f.accept} onChange={(e) => set({ accept: e.target.value })} aria-describedby={`${id}-accept-help`} />
            <p id={`${id}-accept-help`} className="muted help">
              {t('questions.acceptHelp')}
            </p>
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="submit" data-testid="save-question">
          {t('questions.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

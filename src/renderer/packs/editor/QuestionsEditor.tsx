/**
 * The pack's questions (issue 8): generated from the chosen articles by the quiz engine (in the
 * worker), then kept, edited, reordered or deleted, plus the teacher's own. Reordering is by buttons,
 * so it works from the keyboard; deleting offers undo.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS, type PackQuestion, type PackQuestionType, questionsFromQuiz } from '../../../core';
import { engine } from '../../workers/engineClient';
import { move } from '../drafts';
import { GapText } from '../student/QuestionRunner';
import type { EditorSectionProps } from './PackEditorScreen';
import { QuestionForm } from './QuestionForm';
import { emptyQuestion, ownQuestionId } from './questionDrafts';
import { TEXT_LANG } from '../../textLanguage';

const TYPES: PackQuestionType[] = ['multiple-choice', 'true-false', 'cloze', 'free-text'];
const GENERATE_MAX = 12;

type GenerateState = { state: 'idle' } | { state: 'running' } | { state: 'done'; added: number; found: number } | { state: 'error'; message: string };

export function QuestionsEditor({ draft, onChange, onRemove }: EditorSectionProps) {
  const { t } = useTranslation('packs');
  const [editing, setEditing] = useState<string | null>(null);
  /** A new own question not saved yet: Cancel removes it again. */
  const [fresh, setFresh] = useState<string | null>(null);
  const [type, setType] = useState<PackQuestionType>('multiple-choice');
  const [generate, setGenerate] = useState<GenerateState>({ state: 'idle' });

  const runGenerate = async () => {
    setGenerate({ state: 'running' });
    try {
      const articles = draft.articles.map((a) => ({ id: a.id, text: a.text, date: a.date, outlet: a.outlet, title: a.title }));
      const ids = new Set(draft.articles.map((a) => a.id));
      const result = await engine().quizFor(articles, { seed: 1, max: GENERATE_MAX });
      const generated = questionsFromQuiz(result.questions, (a) => (ids.has(a) ? a : undefined));
      const have = new Set(draft.questions.map((q) => q.id));
      const added = generated.filter((q) => !have.has(q.id)).slice(0, PACK_LIMITS.questions - draft.questions.length);
      onChange({ ...draft, questions: [...draft.questions, ...added] });
      setGenerate({ state: 'done', added: added.length, found: generated.length });
    } catch (err) {
      setGenerate({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const addOwn = () => {
    const q = emptyQuestion(type, ownQuestionId());
    onChange({ ...draft, questions: [...draft.questions, q] });
    setEditing(q.id);
    setFresh(q.id);
  };
  const replace = (q: PackQuestion) => onChange({ ...draft, questions: draft.questions.map((x) => (x.id === q.id ? q : x)) });
  const cancel = (id: string) => {
    if (fresh === id) onChange({ ...draft, questions: draft.questions.filter((q) => q.id !== id) });
    setEditing(null);
    setFresh(null);
  };
  const focusRow = (id: string) => window.setTimeout(() => document.getElementById(`question-${id}`)?.querySelector<HTMLElement>('.question-actions button')?.focus(), 0);

  return (
    <section className="editor-section" aria-labelledby="questions-title">
      <h2 id="questions-title">
        <span className="step-number" aria-hidden="true">
          4
        </span>
        {t('questions.title')}
      </h2>
      <div className="questions-toolbar">
        <div className="toolbar-group">
          <button type="button" onClick={() => void runGenerate()} disabled={draft.articles.length === 0 || generate.state === 'running'} data-testid="generate-questions">
            {generate.state === 'running' ? t('questions.generating') : t('questions.generate')}
          </button>
          <span className="muted" aria-live="polite" data-testid="generate-status">
            {draft.articles.length === 0 && t('questions.needArticles')}
            {generate.state === 'done' && (generate.found === 0 ? t('questions.generatedNone') : t('questions.generated', { count: generate.added }))}
          </span>
        </div>
        <div className="toolbar-group">
          <label htmlFor="new-question-type" className="visually-hidden">
            {t('questions.typeLabel')}
          </label>
          <select id="new-question-type" value={type} onChange={(e) => setType(e.target.value as PackQuestionType)}>
            {TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`types.${ty}`)}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" onClick={addOwn} disabled={draft.questions.length >= PACK_LIMITS.questions} data-testid="add-question">
            + {t('questions.addOwn')}
          </button>
        </div>
      </div>
      {generate.state === 'error' && (
        <p className="error-text" role="alert">
          {t('questions.generateFailed', { message: generate.message })}
        </p>
      )}
      {draft.questions.length === 0 ? (
        <p className="muted empty-line">{t('questions.empty')}</p>
      ) : (
        <ol className="question-list" aria-label={t('questions.listLabel')}>
          {draft.questions.map((q, i) => (
            <li key={q.id} id={`question-${q.id}`} className="question-card" data-testid="question-card">
              <div className="question-head">
                <span className="question-number">{i + 1}</span>
                <span className="type-badge">{t(`types.${q.type}`)}</span>
                <span className={`origin-badge ${q.origin === 'teacher' ? 'teacher' : ''}`}>{q.origin === 'teacher' ? t('questions.own') : t('questions.generatedBadge')}</span>
                {q.evidence?.[0] && <span className="muted evidence-source">{t('questions.from', { title: draft.articles.find((a) => a.id === q.evidence?.[0]?.article)?.title ?? '' })}</span>}
              </div>
              {editing === q.id ? (
                <QuestionForm
                  question={q}
                  onSave={(next) => {
                    replace(next);
                    setEditing(null);
                    setFresh(null);
                    focusRow(q.id);
                  }}
                  onCancel={() => {
                    cancel(q.id);
                    if (fresh !== q.id) focusRow(q.id);
                  }}
                />
              ) : (
                <>
                  <QuestionSummary question={q} />
                  <div className="question-actions">
                    <button type="button" className="secondary small" onClick={() => setEditing(q.id)} aria-label={t('questions.editLabel', { n: i + 1 })}>
                      {t('questions.edit')}
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        onChange({ ...draft, questions: move(draft.questions, i, -1) });
                        focusRow(q.id);
                      }}
                      disabled={i === 0}
                      aria-label={t('questions.up', { n: i + 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        onChange({ ...draft, questions: move(draft.questions, i, 1) });
                        focusRow(q.id);
                      }}
                      disabled={i === draft.questions.length - 1}
                      aria-label={t('questions.down', { n: i + 1 })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="secondary small danger"
                      onClick={() => onRemove({ ...draft, questions: draft.questions.filter((x) => x.id !== q.id) }, t('questions.deleted', { n: i + 1 }))}
                      aria-label={t('questions.deleteLabel', { n: i + 1 })}
                    >
                      {t('delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function QuestionSummary({ question: q }: { question: PackQuestion }) {
  const { t } = useTranslation('packs');
  return (
    <div className="question-summary">
      <p className="question-prompt" lang={TEXT_LANG} data-testid="question-prompt-text">
        {q.prompt ? q.type === 'cloze' ? <GapText text={q.prompt} /> : q.prompt : <span className="muted">{t('questions.noPrompt')}</span>}
      </p>
      {q.type === 'multiple-choice' && (
        <ul className="option-list">
          {q.options.map((o, i) => (
            <li key={i} className={o === q.answer ? 'correct' : ''}>
              {o === q.answer && <span className="visually-hidden">{t('questions.correctOption')}: </span>}
              <span aria-hidden="true">{o === q.answer ? '✓ ' : '○ '}</span>
              <span lang={TEXT_LANG}>{o || '—'}</span>
            </li>
          ))}
        </ul>
      )}
      {q.type === 'true-false' && <p className="answer-line">{t('questions.answerIs', { answer: q.answer ? t('runner.true') : t('runner.false') })}</p>}
      {(q.type === 'cloze' || q.type === 'free-text') && (
        <p className="answer-line">
          {t('questions.answerIs', { answer: q.answer || '—' })}
          {q.accept && q.accept.length > 0 && <span className="muted"> · {t('questions.alsoAccepted', { answers: q.accept.join(', ') })}</span>}
        </p>
      )}
    </div>
  );
}

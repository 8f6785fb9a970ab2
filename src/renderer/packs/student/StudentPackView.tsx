/**
 * A lesson pack as a student sees it (issue 8): the teacher's instructions, the articles with the
 * teacher's notes, then the questions in order and at the end a results file for the teacher.
 * The pack editor shows the same view as "Preview as student" (`preview`: nothing is saved or exported).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackContent, ResultsAnswer } from '../../../core';
import { useServices } from '../../domain/AppContext';
import { hrefOf } from '../../domain/route';
import { formatArticleDate } from '../../ui/formatDate';
import { downloadFile } from '../../ui/download';
import { answerText, QuestionRunner } from './QuestionRunner';
import { lookupsOf, resultsData, resultsFile, type Attempt } from './results';
import { TEXT_LANG } from '../../textLanguage';

export interface StudentPackViewProps {
  content: PackContent;
  /** Pack article id → library record, for "Read" links; absent in the preview. */
  recordIds?: Map<string, string>;
  preview?: boolean;
}

type Step = { step: 'intro' } | { step: 'questions'; startedAt: number } | { step: 'done'; attempt: Attempt };

export function StudentPackView({ content, recordIds, preview = false }: StudentPackViewProps) {
  const [state, setState] = useState<Step>({ step: 'intro' });
  if (state.step === 'questions')
    return (
      <QuestionRunner
        questions={content.questions}
        seed={state.startedAt}
        onDone={(answers: ResultsAnswer[]) => setState({ step: 'done', attempt: { answers, startedAt: state.startedAt, finishedAt: Date.now() } })}
      />
    );
  if (state.step === 'done') return <Finished content={content} attempt={state.attempt} recordIds={recordIds} preview={preview} onAgain={() => setState({ step: 'intro' })} />;
  return <Intro content={content} recordIds={recordIds} preview={preview} onStart={() => setState({ step: 'questions', startedAt: Date.now() })} />;
}

function Intro({ content, recordIds, preview, onStart }: StudentPackViewProps & { onStart: () => void }) {
  const { t, i18n } = useTranslation('packs');
  return (
    <div className="student-pack">
      {content.instructions && (
        <section className="pack-instructions" aria-labelledby="pack-instructions-title">
          <h2 id="pack-instructions-title">{t('instructions')}</h2>
          <p className="pre-wrap">{content.instructions}</p>
        </section>
      )}
      <section aria-labelledby="pack-articles-title">
        <h2 id="pack-articles-title">{t('articles')}</h2>
        <ol className="pack-articles">
          {content.articles.map((a) => {
            const notes = content.notes.filter((n) => n.articleId === a.id);
            const recordId = recordIds?.get(a.id);
            return (
              <li key={a.id} className="pack-article">
                <div className="pack-article-head">
                  <div>
                    <span className="article-meta">
                      {a.outlet && <span className="outlet">{a.outlet}</span>}
                      {a.outlet && a.date && <span aria-hidden="true"> · </span>}
                      {a.date && <span>{formatArticleDate(a.date, i18n.language)}</span>}
                    </span>
                    <span className="article-title" lang={TEXT_LANG}>
                      {a.title}
                    </span>
                  </div>
                  {recordId && (
                    <a className="button-link" href={hrefOf({ screen: 'reader', articleId: recordId })}>
                      {t('student.read')}
                    </a>
                  )}
                </div>
                {preview && (
                  <details className="preview-text">
                    <summary>{t('student.showText')}</summary>
                    <p className="article-body pre-wrap" lang={TEXT_LANG}>
                      {a.text}
                    </p>
                  </details>
                )}
                {notes.length > 0 && (
                  <div className="pack-notes">
                    <h3>{t('teacherNote.notesTitle', { count: notes.length })}</h3>
                    <ul>
                      {notes.map((n, i) => (
                        <li key={i}>
                          <span className="note-words" lang={TEXT_LANG}>
                            {n.text}
                          </span>{' '}
                          — {n.note}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <section className="pack-start" aria-labelledby="pack-questions-title">
        <h2 id="pack-questions-title">{t('student.questionsTitle')}</h2>
        {content.questions.length === 0 ? (
          <p className="muted">{t('student.noQuestions')}</p>
        ) : (
          <>
            <p className="muted">{t('student.questionsIntro', { count: content.questions.length })}</p>
            <button type="button" onClick={onStart} data-testid="start-questions">
              {t('student.start')}
            </button>
          </>
        )}
      </section>
    </div>
  );
}

function Finished({ content, attempt, recordIds, preview, onAgain }: StudentPackViewProps & { attempt: Attempt; onAgain: () => void }) {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  // Not remembered: on a shared classroom computer the last student's name must not end up in the next one's file.
  const [name, setName] = useState('');
  // 'noName': Export was pressed before a name was typed; the button stays pressable so that it can say why.
  const [status, setStatus] = useState<'idle' | 'noName' | 'saved' | 'error'>('idle');
  const nameInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once, when the score shows. A callback ref that focuses runs again on every render, and took the focus back
  // from the name field after each letter typed (only the first letter of a typed name reached the field).
  useEffect(() => heading.current?.focus(), []);
  const [error, setError] = useState('');
  const score = attempt.answers.filter((a) => a.correct).length;

  const exportResults = async () => {
    const student = name.trim();
    if (!student) {
      setStatus('noName');
      nameInput.current?.focus();
      return;
    }
    try {
      const lookups = await lookupsOf(db, [...(recordIds?.values() ?? [])]);
      const file = resultsFile(resultsData(content, attempt, student, lookups));
      downloadFile(file.name, file.bytes, 'application/zip');
      setStatus('saved');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setStatus('error');
    }
  };

  return (
    <div className="student-pack finished" data-testid="pack-finished">
      <h2 tabIndex={-1} ref={heading}>
        {t('student.score', { score, total: content.questions.length })}
      </h2>
      <ol className="answer-review">
        {content.questions.map((q) => {
          const a = attempt.answers.find((x) => x.questionId === q.id);
          return (
            <li key={q.id} className={a?.correct ? 'right' : 'wrong'}>
              <span className="visually-hidden">{a?.correct ? t('runner.correct') : t('runner.wrong')}</span>
              <span aria-hidden="true" className="mark">
                {a?.correct ? '✓' : '✗'}
              </span>{' '}
              <span lang={TEXT_LANG}>{q.prompt}</span>
              {!a?.correct && (
                <span className="muted">
                  {' '}
                  — {t('runner.answerWas')} <span lang={TEXT_LANG}>{answerText(q, t('runner.true'), t('runner.false'))}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {preview ? (
        <p className="muted">{t('student.previewNoExport')}</p>
      ) : (
        <form
          className="results-export"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void exportResults();
          }}
        >
          <h3>{t('student.exportTitle')}</h3>
          <p className="muted">{t('student.exportHelp')}</p>
          <div className="field">
            <label htmlFor="student-name">{t('student.name')}</label>
            <input
              id="student-name"
              ref={nameInput}
              type="text"
              value={name}
              maxLength={100}
              onChange={(e) => {
                setName(e.target.value);
                if (status === 'noName') setStatus('idle');
              }}
              autoComplete="name"
              required
              aria-invalid={status === 'noName' || undefined}
              aria-describedby={status === 'noName' ? 'student-name-needed' : undefined}
            />
          </div>
          <div className="button-row">
            <button type="submit" data-testid="export-results">
              {t('student.export')}
            </button>
            <button type="button" className="secondary" onClick={onAgain}>
              {t('student.again')}
            </button>
          </div>
          <div aria-live="polite">
            {status === 'noName' && (
              <p id="student-name-needed" className="error-text" role="alert">
                {t('student.nameNeeded')}
              </p>
            )}
            {status === 'saved' && <p className="pack-success">{t('student.exported')}</p>}
            {status === 'error' && (
              <p className="error-text" role="alert">
                {t('student.exportFailed', { message: error })}
              </p>
            )}
          </div>
        </form>
      )}
      {preview && (
        <div className="button-row">
          <button type="button" className="secondary" onClick={onAgain}>
            {t('student.again')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The end of a quiz: score, the wrong answers with their evidence, retry the wrong ones (issue 7). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleRecord } from '../db/database';
import { percent, saveAttempt } from '../domain/quizAttempts';
import { EvidenceLinks } from './EvidenceLinks';
import { PromptText } from './QuestionView';
import { newSession, score, setSession, wrongQuestions, type QuizSession } from '../domain/quizSession';
import { TEXT_LANG } from '../textLanguage';

export function ResultView({ session, articles, storyId }: { session: QuizSession; articles: ArticleRecord[]; storyId: string | null }) {
  const { t } = useTranslation('quiz');
  const { db } = useServices();
  const right = score(session);
  const total = session.questions.length;
  const wrong = wrongQuestions(session);
  const pct = percent({ score: right, total });

  useEffect(() => {
    void saveAttempt(db, session);
  }, [db, session]);

  const verdict = pct === 100 ? t('verdict.perfect') : pct >= 70 ? t('verdict.good') : pct >= 40 ? t('verdict.fair') : t('verdict.practice');
  const restart = () => setSession(null);
  const retry = () => setSession(newSession(session.target, wrong, 'retry'));

  return (
    <div className="quiz-result" data-testid="quiz-result">
      <div className="quiz-score-card">
        <ScoreRing pct={pct} />
        <div>
          <h2 className="quiz-score" data-testid="quiz-score" data-score={right} data-total={total}>
            {t('score', { score: right, total })}
          </h2>
          <p className="quiz-verdict-line">{verdict}</p>
          {session.mode === 'retry' && <p className="muted">{t('retryNote')}</p>}
          <AttemptSaveState session={session} />
          <div className="quiz-actions">
            {wrong.length > 0 && (
              <button type="button" className="quiz-primary" onClick={retry} autoFocus>
                {t('retryWrong', { count: wrong.length })}
              </button>
            )}
            <button type="button" className={wrong.length > 0 ? 'secondary' : 'quiz-primary'} onClick={restart} autoFocus={wrong.length === 0}>
              {t('again')}
            </button>
            {storyId && (
              <a className="button-link secondary-link" href={hrefOf({ screen: 'compare', storyId })}>
                {t('compareOutlets')}
              </a>
            )}
          </div>
        </div>
      </div>
      {wrong.length > 0 ? (
        <section className="quiz-review" aria-labelledby="quiz-review-title">
          <h2 id="quiz-review-title">{t('reviewTitle', { count: wrong.length })}</h2>
          <ol className="quiz-review-list">
            {wrong.map((q) => {
              const a = session.answers[session.questions.indexOf(q)];
              return (
                <li key={q.id} className="quiz-review-item">
                  <p className="quiz-review-prompt" lang={TEXT_LANG}>
                    <PromptText text={q.prompt} blankLabel={t('blank')} />
                  </p>
                  <dl className="quiz-review-answers">
                    <dt>{t('yourAnswer')}</dt>
                    <dd className="given" lang={q.optionsLang ?? TEXT_LANG}>
                      <span aria-hidden="true">✗ </span>
                      {a?.given}
                    </dd>
                    <dt>{t('correctAnswer')}</dt>
                    <dd className="answer" lang={q.optionsLang ?? TEXT_LANG}>
                      <span aria-hidden="true">✓ </span>
                      {q.answer}
                    </dd>
                  </dl>
                  <EvidenceLinks question={q} articles={articles} target={session.target} />
                </li>
              );
            })}
          </ol>
        </section>
      ) : (
        <p className="quiz-all-right">{t('allRight')}</p>
      )}
    </div>
  );
}

/** Says whether the result is stored, never before it is (issue 20), and offers Retry when it is not. */
function AttemptSaveState({ session }: { session: QuizSession }) {
  const { t } = useTranslation('quiz');
  const { db } = useServices();
  if (session.attemptSaveFailed)
    return (
      <p className="quiz-save-state error-text" role="alert" data-testid="attempt-save-state" data-state="failed">
        {t('attemptSave.notSaved')}{' '}
        <button type="button" className="secondary" onClick={() => void saveAttempt(db, session, true)}>
          {t('attemptSave.retrySave')}
        </button>
      </p>
    );
  return (
    <p className="quiz-save-state muted" role="status" data-testid="attempt-save-state" data-state={session.savedAttemptId !== null && session.savedAttemptId > 0 ? 'saved' : 'saving'}>
      {session.savedAttemptId !== null && session.savedAttemptId > 0 ? t('attemptSave.saved') : ''}
    </p>
  );
}

function ScoreRing({ pct }: { pct: number }) {
  const r = 42;
  const c = 2 * Math.PI * r;
  return (
    <svg className="quiz-ring" viewBox="0 0 100 100" width="112" height="112" aria-hidden="true">
      <circle cx="50" cy="50" r={r} className="ring-track" />
      <circle cx="50" cy="50" r={r} className="ring-value" strokeDasharray={`${(c * pct) / 100} ${c}`} transform="rotate(-90 50 50)" />
      <text x="50" y="55" textAnchor="middle" className="ring-text">
        {`${pct}%`}
      </text>
    </svg>
  );
}

/**
 * One question: options as a radiogroup (arrow keys move, 1–6 answer at once, Enter answers the
 * selected option and then goes on), immediate feedback in a live region, and "show in text".
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../domain/route';
import type { ArticleRecord } from '../db/database';
import { EvidenceLinks } from './EvidenceLinks';
import { answer, next, optionForKey, score, setSession, type QuizSession } from '../domain/quizSession';
import { TEXT_LANG } from '../textLanguage';

/** Renders the engine's blank (`___`) as a visible gap that screen readers announce as "blank". */
export function PromptText({ text, blankLabel }: { text: string; blankLabel: string }) {
  const parts = text.split('___');
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && (
            <span className="quiz-gap" role="img" aria-label={blankLabel}>
              {'\u2002'.repeat(6)}
            </span>
          )}
        </span>
      ))}
    </>
  );
}

export function QuestionView({ session, articles }: { session: QuizSession; articles: ArticleRecord[] }) {
  const { t } = useTranslation('quiz');
  const q = session.questions[session.index]!;
  const given = session.answers[session.index];
  const [selected, setSelected] = useState(0);
  const optionRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const nextRef = useRef<HTMLButtonElement>(null);
  const promptId = useId();
  const total = session.questions.length;

  // Each question mounts afresh (keyed by its index): the first option starts selected and focused.
  useEffect(() => {
    optionRefs.current[0]?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (given) nextRef.current?.focus({ preventScroll: true });
  }, [given]);

  const choose = (i: number) => {
    const option = q.options[i];
    if (option === undefined || given) return;
    setSelected(i);
    setSession(answer(session, option));
  };
  const goOn = () => setSession(next(session));

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      const i = optionForKey(e.key, q.options.length);
      if (i !== null && !given) {
        e.preventDefault();
        choose(i);
      } else if (e.key === 'Enter' && given && !(e.target instanceof HTMLAnchorElement) && !(e.target instanceof HTMLButtonElement && e.target !== nextRef.current)) {
        e.preventDefault();
        goOn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const onGroupKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = q.options.length;
    const move = (to: number) => {
      e.preventDefault();
      const i = (to + n) % n;
      setSelected(i);
      optionRefs.current[i]?.focus();
    };
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') move(selected + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') move(selected - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && !given) {
      e.preventDefault();
      choose(selected);
    }
  };

  const right = given?.correct ?? false;
  return (
    <div className="quiz-play">
      <div className="quiz-progress">
        <span data-testid="quiz-position">{t('position', { n: session.index + 1, total })}</span>
        <progress max={total} value={session.index + (given ? 1 : 0)} aria-label={t('progressLabel')} />
        <span className="muted">{t('scoreSoFar', { score: score(session) })}</span>
      </div>
      <article className="quiz-card" data-testid="quiz-question" data-type={q.type}>
        <p className="quiz-kind">{t(`type.${q.type}`, { defaultValue: t('type.other') })}</p>
        <h2 id={promptId} className="quiz-prompt" lang={TEXT_LANG}>
          <PromptText text={q.prompt} blankLabel={t('blank')} />
        </h2>
        <div className="quiz-options" role="radiogroup" aria-labelledby={promptId} onKeyDown={onGroupKey}>
          {q.options.map((o, i) => {
            const isAnswer = o.trim().toLowerCase() === q.answer.trim().toLowerCase();
            const isGiven = given?.given === o;
            const state = !given ? '' : isAnswer ? 'is-right' : isGiven ? 'is-wrong' : 'is-dim';
            return (
              <button
                key={o}
                ref={(el) => {
                  optionRefs.current[i] = el;
                }}
                type="button"
                role="radio"
                aria-checked={given ? isGiven : selected === i}
                aria-disabled={given ? true : undefined}
                tabIndex={selected === i ? 0 : -1}
                className={`quiz-option ${state}`}
                onClick={() => choose(i)}
                aria-keyshortcuts={String(i + 1)}
              >
                <kbd aria-hidden="true">{i + 1}</kbd>
                <span className="quiz-option-text" lang={q.optionsLang ?? TEXT_LANG}>
                  {o}
                </span>
                {given && isAnswer && <span className="quiz-mark">✓ {t('correctAnswer')}</span>}
                {given && isGiven && !isAnswer && <span className="quiz-mark">✗ {t('yourAnswer')}</span>}
              </button>
            );
          })}
        </div>
        <div className="quiz-feedback-region" aria-live="polite">
          {given && (
            <div className={`quiz-feedback ${right ? 'right' : 'wrong'}`} data-testid="quiz-feedback" data-correct={right}>
              <p className="quiz-verdict">
                <span aria-hidden="true">{right ? '✓' : '✗'}</span> {right ? t('right') : t('wrong')}
                {!right && (
                  <>
                    {' '}
                    {t('answerWas')} <strong lang={TEXT_LANG}>{q.answer}</strong>
                  </>
                )}
              </p>
              <EvidenceLinks question={q} articles={articles} target={session.target} />
            </div>
          )}
        </div>
        <footer className="quiz-footer">
          <p className="muted quiz-keys">{given ? t('keysNext') : t('keys', { last: q.options.length })}</p>
          {given && (
            <button type="button" ref={nextRef} className="quiz-primary" onClick={goOn}>
              {session.index + 1 >= total ? t('finish') : t('next')} <kbd aria-hidden="true">↵</kbd>
            </button>
          )}
        </footer>
      </article>
    </div>
  );
}

export const quizHref = (session: QuizSession) => hrefOf({ screen: 'quiz', target: session.target });

/**
 * Works through a pack's questions in the teacher's order (issue 8), one at a time: answer, see
 * whether it was right, the right answer and the sentence that answers it, go on. Handles the four pack question types;
 * every text is shown as text.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer, optionOrder, type GivenAnswer, type PackQuestion, type ResultsAnswer } from '../../../core';
import { TEXT_LANG } from '../../textLanguage';

export interface QuestionRunnerProps {
  questions: PackQuestion[];
  /** The student's own order of options: the same while they work, another for the next student. */
  seed: number;
  onDone: (answers: ResultsAnswer[]) => void;
}

export function QuestionRunner({ questions, seed, onDone }: QuestionRunnerProps) {
  const { t } = useTranslation('packs');
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<ResultsAnswer[]>([]);
  const [checked, setChecked] = useState<ResultsAnswer | null>(null);
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const q = questions[index];

  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [index]);

  if (!q) return null;
  const submit = (given: GivenAnswer) => {
    const answer: ResultsAnswer = { questionId: q.id, given, correct: checkAnswer(q, given), ms: Math.max(0, Date.now() - shownAt.current) };
    setChecked(answer);
  };
  const next = () => {
    if (!checked) return;
    const all = [...answers, checked];
    setAnswers(all);
    setChecked(null);
    if (index + 1 >= questions.length) onDone(all);
    else setIndex(index + 1);
  };

  return (
    <div className="runner" data-testid="question-runner">
      <p className="muted runner-progress">{t('runner.progress', { n: index + 1, total: questions.length })}</p>
      {/* An answered question counts at once, not only when the next one shows. */}
      <progress className="runner-bar" max={questions.length} value={index + (checked ? 1 : 0)} aria-hidden="true" data-testid="runner-bar" />
      <h2 ref={headingRef} tabIndex={-1} className="runner-prompt" lang={TEXT_LANG} data-testid="question-prompt">
        {q.type === 'cloze' ? <GapText text={q.prompt} /> : q.prompt}
      </h2>
      <AnswerForm key={q.id} question={q} seed={seed} locked={checked !== null} onSubmit={submit} />
      {checked && (
        <div className={`feedback ${checked.correct ? 'right' : 'wrong'}`} role="status" data-testid="feedback">
          <strong>{checked.correct ? t('runner.correct') : checked.given === null ? t('runner.skipped') : t('runner.wrong')}</strong>
          {!checked.correct && (
            <span>
              {' '}
              {t('runner.answerWas')} <span lang={TEXT_LANG}>{answerText(q, t('runner.true'), t('runner.false'))}</span>
            </span>
          )}
          {q.evidence && q.evidence.length > 0 && (
            <div className="feedback-evidence" data-testid="feedback-evidence">
              <span className="feedback-evidence-label">{t('runner.evidence')}</span>
              {q.evidence.map((e, i) => (
                <q key={i} lang={TEXT_LANG}>
                  {e.text}
                </q>
              ))}
            </div>
          )}
          <div className="button-row">
            <button type="button" onClick={next} autoFocus data-testid="next-question">
              {index + 1 >= questions.length ? t('runner.finish') : t('runner.next')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export function answerText(q: PackQuestion, yes: string, no: string): string {
  if (q.type === 'true-false') return q.answer ? yes : no;
  return q.answer;
}

/** A cloze prompt with its `___` gap shown as a blank. */
export function GapText({ text }: { text: string }) {
  const parts = text.split(/_{3,}/);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && <span className="gap" aria-hidden="true" />}
        </span>
      ))}
    </>
  );
}

function AnswerForm({ question: q, seed, locked, onSubmit }: { question: PackQuestion; seed: number; locked: boolean; onSubmit: (given: GivenAnswer) => void }) {
  const { t } = useTranslation('packs');
  const id = useId();
  const [value, setValue] = useState<string>('');
  const [choice, setChoice] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (locked) return;
    if (q.type === 'multiple-choice') onSubmit(choice);
    else if (q.type === 'true-false') onSubmit(choice === null ? null : choice === 'true');
    else onSubmit(value.trim() ? value : null);
  };
  // A pack keeps the teacher's order (often the right answer first): each student sees the options in an order of their own.
  const options = q.type === 'multiple-choice' ? optionOrder(q.options, seed, q.id) : q.type === 'true-false' ? ['true', 'false'] : null;
  const empty = options ? choice === null : !value.trim();
  return (
    <form onSubmit={submit} className="answer-form">
      {options ? (
        <fieldset className="answer-options" disabled={locked}>
          <legend className="visually-hidden">{t('runner.chooseOne')}</legend>
          {options.map((o) => (
            <label key={o} className={`answer-option${choice === o ? ' chosen' : ''}`}>
              <input type="radio" name={`${id}-answer`} value={o} checked={choice === o} onChange={() => setChoice(o)} />
              <span lang={q.type === 'true-false' ? undefined : TEXT_LANG}>{q.type === 'true-false' ? (o === 'true' ? t('runner.true') : t('runner.false')) : o}</span>
            </label>
          ))}
        </fieldset>
      ) : q.type === 'free-text' ? (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('runner.yourAnswer')}</label>
          <textarea id={`${id}-text`} rows={4} value={value} onChange={(e) => setValue(e.target.value)} disabled={locked} lang={TEXT_LANG} />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('runner.fillGap')}</label>
          <input id={`${id}-text`} type="text" value={value} onChange={(e) => setValue(e.target.value)} disabled={locked} lang={TEXT_LANG} autoComplete="off" spellCheck={false} />
        </div>
      )}
      {!locked && (
        <div className="button-row">
          <button type="submit" disabled={empty} data-testid="submit-answer">
            {t('runner.check')}
          </button>
          <button type="button" className="secondary" onClick={() => onSubmit(null)}>
            {t('runner.skip')}
          </button>
        </div>
      )}
    </form>
  );
}

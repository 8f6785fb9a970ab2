/** Review with FSRS: due cards one by one, the lemma or a cloze of the saved sentence; grades by keys 1–4. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from 'ts-fsrs';
import { useServices } from '../domain/AppContext';
import { saveOrReport, type SaveResult } from '../domain/saveErrors';
import { hrefOf } from '../domain/route';
import type { LesestoffDb, ReviewCardRecord, VocabularyRecord } from '../db/database';
import { headword, meaningOf } from '../domain/vocabularyStore';
import { cardMode, makeCloze } from '../domain/cloze';
import { deserializeCard, gradeForKey, gradeNames, gradeReviewCard, grades, previewDue } from '../domain/schedule';
import { TEXT_LANG } from '../textLanguage';
import { ListenButton } from '../ui/ListenButton';
import { useSpeechSettings } from '../domain/speechSettings';
import './review.css';

interface DueCard {
  record: ReviewCardRecord;
  entry: VocabularyRecord;
}

async function nextDue(db: LesestoffDb, now: number): Promise<{ card: DueCard | null; due: number; nextAt: number | null }> {
  const due = await db.reviewCards.where('due').belowOrEqual(now).count();
  for (const record of await db.reviewCards.where('due').belowOrEqual(now).limit(20).toArray()) {
    const entry = await db.vocabulary.get(record.vocabularyId);
    if (entry) return { card: { record, entry }, due, nextAt: null };
  }
  const later = await db.reviewCards.where('due').above(now).first();
  return { card: null, due, nextAt: later?.due ?? null };
}

/** A grade that could not be stored is reported (issue 20); the card stays so the learner can grade it again. */
export async function submitGrade(db: LesestoffDb, record: ReviewCardRecord, grade: Grade, now = Date.now()): Promise<SaveResult<number>> {
  return saveOrReport('grade', () => db.reviewCards.put(gradeReviewCard(record, grade, now)), { key: String(record.vocabularyId) });
}

/**
 * Short ("in 6 min.") under the grade buttons; long ("in 6 minutes") inside a sentence, where the
 * abbreviation's dot would run into the sentence's own full stop ("due in 6 min..").
 */
function formatInterval(ms: number, language: string, style: 'short' | 'long' = 'short'): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'always', style });
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return rtf.format(min, 'minute');
  const h = Math.round(min / 60);
  if (h < 24) return rtf.format(h, 'hour');
  const d = Math.round(h / 24);
  if (d < 60) return rtf.format(d, 'day');
  return rtf.format(Math.round(d / 30), 'month');
}

export function ReviewScreen() {
  const { t, i18n } = useTranslation('review');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const id = useId();
  const [now, setNow] = useState(() => Date.now());
  const state = useLiveQuery(() => nextDue(db, now), [db, now]);
  const [shownFor, setShownFor] = useState<number | null>(null);
  const [reviewed, setReviewed] = useState(0);
  const card = state?.card ?? null;
  const shown = card !== null && shownFor === card.record.vocabularyId && card.record.due === state?.card?.record.due;

  const grade = async (g: Grade) => {
    if (!card) return;
    if (!(await submitGrade(db, card.record, g)).ok) return;
    setReviewed((n) => n + 1);
    setShownFor(null);
    setNow(Date.now());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!card || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement) return;
      if (!shown && (e.key === ' ' || e.key === 'Enter')) {
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return;
        e.preventDefault();
        setShownFor(card.record.vocabularyId);
        return;
      }
      const g = shown ? gradeForKey(e.key) : null;
      if (g !== null) {
        e.preventDefault();
        void grade(g);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!state) return <p className="muted">{tc('loading')}</p>;
  return (
    <section aria-labelledby={`${id}-title`} className="review">
      <header className="screen-header">
        <h1 id={`${id}-title`}>{t('title')}</h1>
        <p className="muted" data-testid="review-due">
          {t('dueCount', { count: state.due })}
          {reviewed > 0 ? ` · ${t('reviewed', { count: reviewed })}` : ''}
        </p>
      </header>
      {!card ? (
        <div className="empty-state">
          <h2>{reviewed > 0 ? t('doneTitle') : t('noneDueTitle')}</h2>
          <p>{state.nextAt ? t('nextAt', { when: formatInterval(state.nextAt - now, i18n.language, 'long') }) : t('emptyBody')}</p>
          <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
        </div>
      ) : (
        <ReviewCard key={`${card.record.vocabularyId}:${card.record.due}`} card={card} shown={shown} onShow={() => setShownFor(card.record.vocabularyId)} onGrade={(g) => void grade(g)} />
      )}
    </section>
  );
}

function ReviewCard({ card, shown, onShow, onGrade }: { card: DueCard; shown: boolean; onShow: () => void; onGrade: (g: Grade) => void }) {
  const { t, i18n } = useTranslation('review');
  const { entry, record } = card;
  const reps = deserializeCard(record.card).reps;
  const cloze = makeCloze(entry.context, entry.word);
  const mode = cardMode(reps, cloze);
  const [now] = useState(() => Date.now());
  const preview = shown ? previewDue(record, now) : null;
  const { db } = useServices();
  // The card speaks by itself only when the learner asked for it in the settings.
  const autoplay = useSpeechSettings(db).autoplayReview;
  return (
    <article className="review-card" aria-live="polite" data-testid="review-card" data-mode={mode}>
      <p className="review-kind muted">{mode === 'cloze' ? t('clozePrompt') : t('lemmaPrompt')}</p>
      {mode === 'cloze' && cloze ? (
        <p className="review-cloze" lang={TEXT_LANG}>
          {cloze.before}
          <span className={shown ? 'cloze-answer' : 'cloze-gap'}>{shown ? cloze.answer : '_____'}</span>
          {cloze.after}
        </p>
      ) : (
        <p className="review-front" lang={TEXT_LANG}>
          {headword(entry)} <ListenButton text={headword(entry)} autoplay={autoplay} />
        </p>
      )}
      {mode === 'cloze' && !shown && meaningOf(entry) && <p className="review-hint muted">{t('hint', { sense: meaningOf(entry) })}</p>}
      {!shown ? (
        <button type="button" className="review-show" onClick={onShow} autoFocus>
          {t('show')} <kbd>{t('spaceKey')}</kbd>
        </button>
      ) : (
        <>
          <div className="review-back">
            {mode === 'cloze' && (
              <p className="review-answer-lemma" lang={TEXT_LANG}>
                {headword(entry)} <ListenButton text={entry.context} autoplay={autoplay} />
              </p>
            )}
            <p className="review-sense" data-testid="review-sense">
              {meaningOf(entry) ?? t('noSense')}
            </p>
            {entry.ownMeaning && entry.sense && entry.sense !== entry.ownMeaning && <p className="muted">{entry.sense}</p>}
            {entry.plural && <p className="muted">{t('plural', { plural: entry.plural })}</p>}
            {entry.note && <p className="review-note">{entry.note}</p>}
            {mode === 'lemma' && (
              <blockquote lang={TEXT_LANG} className="review-context">
                {entry.context}
              </blockquote>
            )}
            {entry.articleTitle && <p className="muted small">{t('from', { title: entry.articleTitle })}</p>}
          </div>
          <div className="review-grades" role="group" aria-label={t('gradeLabel')}>
            {grades.map((g, i) => (
              <button key={g} type="button" className={`grade grade-${gradeNames[g]}`} onClick={() => onGrade(g)} aria-keyshortcuts={String(i + 1)} autoFocus={i === 2}>
                <span className="grade-name">{t(`grade.${gradeNames[g]}`)}</span>
                <span className="grade-when">{preview ? formatInterval(preview[gradeNames[g]] - now, i18n.language) : ''}</span>
                <kbd>{i + 1}</kbd>
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}

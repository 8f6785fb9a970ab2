/**
 * The glossary popover: a non-modal dialog next to the clicked word. It shows the word, its
 * lemma, part of speech, gender and plural, compound parts with their glosses, senses in the
 * chosen language and the sentence; sets the lemma's status and saves it to the vocabulary.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { clickArticle, clickReading, contextWords, isAffix, type DictEntry, type PartLookup, type Region, type Upos, type WordLookup } from '../../core';
import type { GlossaryPopoverProps, GlossTarget } from '../domain/glossTarget';
import { allStatuses, statusForKey } from '../domain/statusModel';
import { engine, preparedCard } from '../workers/engineClient';
import { CARD_PHRASES, PHRASE_SENSES } from '../workers/shownCard';
import { markStart } from '../workers/startMarks';
import { awaitGloss } from './awaitGloss';
import { placePopover } from './placePopover';
import { senseList } from './senseList';
import { TeacherNote } from './TeacherNote';
import { ListenButton } from '../ui/ListenButton';
import { TEXT_LANG } from '../textLanguage';
import './glossary.css';

interface Gloss {
  entries: DictEntry[];
  /** Core's ranked senses of the word, near-duplicates grouped. */
  senses: string[];
  phrases: DictEntry[];
  parts: PartLookup[];
  regions: Region[];
  /** The card's part of speech: a noun for a month or a regional noun the tagger read as a name. */
  pos: Upos | null;
  /** The dictionary's gender of a noun, for one the lexicon lacks. */
  gender: string | null;
}

const cardGloss = (card: WordLookup): Gloss => ({ entries: card.entries, senses: card.senses, phrases: card.phrases.slice(0, CARD_PHRASES), parts: card.parts ?? [], regions: card.regions ?? [], pos: card.pos, gender: card.gender });

interface GlossShown {
  gloss: Gloss | null;
  error: string | null;
  /** The engine worker has not answered for SILENT_AFTER_MS (awaitGloss.ts); its answer is still awaited. */
  silent: boolean;
}

const WAITING: GlossShown = { gloss: null, error: null, silent: false };

function useGloss(target: GlossTarget, lang: string): GlossShown {
  const [state, setState] = useState<GlossShown & { key: string }>({ key: '', ...WAITING });
  const key = `${lang}\u0000${target.lemma}\u0000${target.text}`;
  // A card the worker prepared after the analysis is drawn in the click's own frame (issue 19).
  const prepared = useMemo(() => {
    const card = target.phrase ? undefined : preparedCard({ word: target.text, reading: clickReading(target.lemma, target.token), lang, context: contextWords(target.sentence) });
    return card && cardGloss(card);
  }, [target, lang]);
  // Asked before the browser paints (a layout effect), so the worker answers while the page draws the popover's frame.
  useLayoutEffect(() => {
    if (prepared) return;
    markStart('lookup-asked');
    const work = target.phrase
      ? engine()
          .lookupPhrase(target.phrase.words, target.phrase.lemmas, lang)
          .then((phrases) => ({ entries: [], senses: [], phrases, parts: [], regions: [], pos: null, gender: null }))
      : engine()
          .lookupWord(
            target.text,
            clickReading(target.lemma, target.token),
            lang,
            contextWords(target.sentence),
          )
          .then((card) => (markStart('card-arrived'), cardGloss(card)));
    // Drawn as the answer comes, in its own task: scheduled, the drawing waited behind the tasks queued meanwhile (the
    // database's answers to the click's writes and queries: 7-54 ms of a first click, issue 19).
    return awaitGloss(work, (s) =>
      flushSync(() => setState({ key, ...WAITING, ...(s.state === 'done' ? { gloss: s.gloss } : s.state === 'error' ? { error: s.message } : { silent: true }) })),
    );
  }, [key, lang, target, prepared]);
  if (prepared) return { ...WAITING, gloss: prepared };
  return state.key === key ? state : WAITING;
}

/** What the learner did in the popover for one word: a meaning chosen, a note or an own meaning being written, all senses shown. */
interface WordDraft {
  /** `wordOf` the popover's target. */
  word: string;
  chosen: string | null;
  note: string;
  noteOpen: boolean;
  /** `null` until the learner opens the field, so saving without it leaves a stored meaning as it is. */
  ownDraft: string | null;
  allSenses: boolean;
}

/** A word or a phrase of the text: where it stands, and how many words it has (a phrase may start at a word). */
const wordOf = (target: GlossTarget) => `${target.anchor}:${target.indices.length}`;

const freshDraft = (word: string): WordDraft => ({ word, chosen: null, note: '', noteOpen: false, ownDraft: null, allSenses: false });

/** Hidden until placed; the same object at every render, so React never writes over the placement (set on the element). */
const UNPLACED = { left: 0, top: 0, visibility: 'hidden' } as const;

// Issue 14: the three best meanings, then "more"; a learner reads the first ones.
const SHOWN_SENSES = 3;

export function GlossaryPopover(props: GlossaryPopoverProps) {
  const { target, lang, status, savedSense, savedOwnMeaning, onStatus, onSave, onClose, onStep, anchor, singleWord } = props;
  const { t } = useTranslation('reader');
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // The reader keeps one popover while the learner clicks from word to word: its elements are updated in place, where a
  // new popover's every element took a style and a layout in the click's own frame (issue 19). What the learner did in
  // it belongs to its word, so it starts afresh with the next one (and stays when the same word is clicked again).
  const word = wordOf(target);
  const [draft, setDraft] = useState<WordDraft>(() => freshDraft(word));
  const { chosen, note, noteOpen, ownDraft, allSenses } = draft.word === word ? draft : freshDraft(word);
  const edit = (change: Partial<Omit<WordDraft, 'word'>>) => setDraft((d) => ({ ...(d.word === word ? d : freshDraft(word)), ...change }));
  const setChosen = (sense: string | null) => edit({ chosen: sense });
  const { gloss, error, silent } = useGloss(target, lang);
  const senses = gloss ? senseList(gloss, target.lemma) : [];
  const head = gloss && gloss.parts.length > 1 && gloss.parts.at(-1)!.senses.length > 0 ? gloss.parts.at(-1)! : undefined;
  const token = target.token;
  // A phrase has a status once saved (issue 18): the reader finds it again by its vocabulary entry.
  const hasStatus = !target.phrase || savedSense !== undefined;

  // Placed before paint and again when the content or the window changes (reading scrolls, so follow), by writing the
  // popover's own style; focus moves in once it is placed (a hidden element cannot take focus), so its keys work, and
  // Esc hands it back to the word (the reader does that). A placement kept in state drew the popover a second time and
  // laid the page out once more for the focus, both in the click's own frame (issue 19).
  const focusedFor = useRef<GlossTarget | null>(null);
  // The reader passes a new `anchor` function at every draw (each click redraws it once the word's saved entry is
  // read): placing by the latest one through a ref keeps those redraws from placing the popover and laying out again.
  const anchorRef = useRef(anchor);
  useLayoutEffect(() => {
    anchorRef.current = anchor;
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const place = () => {
      const word = anchorRef.current();
      if (!word) return;
      // Its height is let go before anything is read, so that the word's box and the popover's size come from one layout
      // of the page: let go after the word's box was read, the popover's size took a second (a fixed popover's height
      // moves no word).
      el.style.maxHeight = '';
      const r = word.getBoundingClientRect();
      const p = placePopover({ left: r.left, top: r.top, width: r.width, height: r.height }, { width: el.offsetWidth, height: el.scrollHeight }, { width: window.innerWidth, height: window.innerHeight });
      Object.assign(el.style, { left: `${p.left}px`, top: `${p.top}px`, maxHeight: `${p.maxHeight}px`, visibility: '' });
      if (focusedFor.current !== target) {
        focusedFor.current = target;
        el.scrollTop = 0;
        el.focus({ preventScroll: true });
      }
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(el.firstElementChild ?? el);
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [target]);

  /**
   * S pressed (or Save clicked) while the card is still on its way: the word is saved once it has come, with its first
   * meaning, rather than at once without one (a review card would then have nothing to show). A ref: nothing renders it.
   */
  const saveOnArrival = useRef<GlossTarget | null>(null);
  const save = () => {
    if (!gloss && !error) {
      saveOnArrival.current = target;
      return;
    }
    onSave(chosen ?? senses[0]?.sense ?? gloss?.phrases[0]?.senses[0], note.trim() || undefined, ownDraft?.trim());
  };
  useEffect(() => {
    if (saveOnArrival.current !== target || (!gloss && !error)) return;
    saveOnArrival.current = null;
    save();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    const typing = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      onStep(e.key === 'ArrowRight' ? 1 : -1);
      return;
    }
    if (e.key.toLowerCase() === 's') {
      e.preventDefault();
      save();
      return;
    }
    const next = statusForKey(e.key);
    if (next !== null && hasStatus) {
      e.preventDefault();
      onStatus(next);
    }
  };

  const isNoun = token?.upos === 'NOUN';
  const article = clickArticle(token, gloss?.gender);
  const shownLemma = target.lemma;

  return (
    <div
      ref={ref}
      className="glossary-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={UNPLACED}
      onKeyDown={onKeyDown}
      data-testid="glossary"
      data-state={gloss || error ? 'ready' : 'loading'}
    >
      <div className="glossary-inner">
        <header className="glossary-head">
          <div>
            <h2 id={titleId} className="glossary-word" lang={TEXT_LANG}>
              {target.sepText ?? target.text}
            </h2>
            {target.phrase && target.lemma !== target.text && (
              <p className="glossary-lemma" data-testid="glossary-saved-as">
                {t('glossary.savedAs')} <strong lang={TEXT_LANG}>{target.lemma}</strong>
              </p>
            )}
            {singleWord && (
              <button type="button" className="link-button" onClick={singleWord.open}>
                {t('glossary.wordOnly', { word: singleWord.text })}
              </button>
            )}
            {!target.phrase && (
              <p className="glossary-lemma">
                <span className="visually-hidden">{t('glossary.lemma')}: </span>
                {article ? <span className={`gender gender-${article.replace('/', '-')}`}>{article} </span> : null}
                <strong lang={TEXT_LANG} data-testid="glossary-lemma">
                  {shownLemma}
                </strong>
                {token && <span className="pos">{t(`pos.${gloss?.pos ?? token.upos}`)}</span>}
                {gloss?.regions.map((r) => (
                  <span key={r} className="region" title={t(`glossary.regionTitle.${r}`)} data-testid="glossary-region">
                    {t(`glossary.region.${r}`)}
                  </span>
                ))}
              </p>
            )}
          </div>
          <ListenButton text={target.text} />
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('glossary.close')} title={t('glossary.close')}>
            ×
          </button>
        </header>

        {token?.sepVerb && <p className="glossary-note">{t('glossary.separable', { lemma: token.sepVerb.lemma })}</p>}
        {isNoun && (
          <p className="glossary-grammar" data-testid="glossary-grammar">
            {target.plural ? t('glossary.plural', { plural: target.plural }) : t('glossary.noPlural')}
          </p>
        )}

        <TeacherNote target={target} />
        <section className="glossary-section" aria-label={t('glossary.senses')}>
          <h3>{t('glossary.senses')}</h3>
          {savedOwnMeaning && (
            <p className="own-meaning" data-testid="glossary-own-meaning">
              <span className="own-meaning-label">{t('glossary.ownMeaning')}:</span> {savedOwnMeaning}
            </p>
          )}
          {error ? (
            <p role="alert" className="error-text">
              {t('glossary.error', { message: error })}
            </p>
          ) : !gloss ? (
            silent ? (
              <p role="alert" className="error-text">
                {t('glossary.engineSilent')}
              </p>
            ) : (
              <p className="muted" aria-live="polite">
                {t('glossary.loading')}
              </p>
            )
          ) : senses.length === 0 ? (
            // A compound the glossary lacks: its head says what it is (`Verletzungspech` → Pech, "bad luck").
            head ? (
              <p data-testid="glossary-head">{t('glossary.fromHead', { head: head.lemma, sense: head.senses[0] })}</p>
            ) : gloss.phrases.length === 0 ? (
              // A name has no translation to give: saying "not in the glossary" read as a gap of the dictionary.
              <p className="muted" data-testid="glossary-no-senses">
                {t((gloss.pos ?? token?.upos) === 'PROPN' ? 'glossary.nameNoSenses' : 'glossary.noSenses')}
              </p>
            ) : null
          ) : (
            <ol className="glossary-senses" data-testid="glossary-senses">
              {(allSenses ? senses : senses.slice(0, SHOWN_SENSES)).map((s) => (
                <li key={s.sense}>
                  <button type="button" className="sense" aria-pressed={(chosen ?? savedSense) === s.sense} onClick={() => setChosen(s.sense)}>
                    {s.form ? (
                      <span className="sense-form" lang={TEXT_LANG}>
                        {s.form}:{' '}
                      </span>
                    ) : null}
                    {s.sense}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {senses.length > SHOWN_SENSES && !allSenses && (
            <button type="button" className="link-button" onClick={() => edit({ allSenses: true })}>
              {t('glossary.moreSenses', { count: senses.length - SHOWN_SENSES })}
            </button>
          )}
        </section>

        {gloss && gloss.parts.length > 1 && (
          <section className="glossary-section" aria-label={t('glossary.parts')}>
            <h3>{t('glossary.parts')}</h3>
            <ul className="glossary-parts">
              {gloss.parts.map((p, i) => (
                <li key={i}>
                  {/* A first part that means something of its own in compounds is shown as such a part: Haupt-, Spitzen-. */}
                  <span lang={TEXT_LANG}>{p.modifier ? `${p.modifier}-` : p.lemma}</span>
                  {p.link && !p.modifier ? <span className="muted"> (+{p.link})</span> : null}
                  {/* A deriving affix (`-ung`, `re-`) has no senses of its own: it is said what it does, not called a gap. */}
                  <span className="muted"> — {p.senses[0] ?? t(isAffix(p) ? 'glossary.affix' : 'glossary.noGloss')}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {hasStatus && (
          <div className="status-row" role="group" aria-label={t(target.phrase ? 'glossary.phraseStatus' : 'glossary.status')}>
            {allStatuses.map((s) => (
              <button key={String(s)} type="button" className={`status-button st-${s}`} aria-pressed={status === s} onClick={() => onStatus(s)} title={t(`statusKey.${s}`)}>
                {t(`status.${s}`)}
              </button>
            ))}
          </div>
        )}

        {noteOpen ? (
          <div className="glossary-note-field">
            <label htmlFor={`${titleId}-note`}>{t('glossary.note')}</label>
            <textarea id={`${titleId}-note`} rows={2} value={note} onChange={(e) => edit({ note: e.target.value })} autoFocus />
          </div>
        ) : null}
        {ownDraft !== null ? (
          <div className="glossary-note-field">
            <label htmlFor={`${titleId}-own`}>{t('glossary.ownMeaning')}</label>
            <input
              id={`${titleId}-own`}
              type="text"
              value={ownDraft}
              onChange={(e) => edit({ ownDraft: e.target.value })}
              onKeyDown={(e) => {
                // Enter saves, as S does outside a field.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  save();
                }
              }}
              autoFocus
            />
          </div>
        ) : null}
        <div className="glossary-actions">
          <button type="button" onClick={save} aria-keyshortcuts="S">
            {savedSense !== undefined ? t('glossary.update') : t('glossary.save')}
          </button>
          {ownDraft === null && (
            <button type="button" className="secondary" onClick={() => edit({ ownDraft: savedOwnMeaning ?? '' })}>
              {savedOwnMeaning ? t('glossary.editOwnMeaning') : t('glossary.addOwnMeaning')}
            </button>
          )}
          {!noteOpen && (
            <button type="button" className="secondary" onClick={() => edit({ noteOpen: true })}>
              {t('glossary.addNote')}
            </button>
          )}
          {savedSense !== undefined && (
            <span className="saved-mark" role="status">
              ✓ {t('glossary.saved')}
            </span>
          )}
        </div>
        <blockquote className="glossary-sentence" lang={TEXT_LANG} aria-label={t('glossary.sentence')}>
          {target.sentence}
        </blockquote>

          {gloss && gloss.phrases.length > 0 && (
            <details key={word} className="glossary-section" open={senses.length === 0}>
              <summary>{t('glossary.phrases')}</summary>
              <ul className="glossary-phrases">
                {gloss.phrases.map((p, i) => (
                  <li key={i}>
                    <button type="button" className="sense" aria-pressed={(chosen ?? savedSense) === p.senses[0]} onClick={() => setChosen(p.senses[0] ?? null)}>
                      <span lang={TEXT_LANG} className="sense-form">
                        {p.form ?? p.headword}:
                      </span>{' '}
                      {p.senses.slice(0, PHRASE_SENSES).join('; ')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        <p className="glossary-keys muted">{t('glossary.keys')}</p>
      </div>
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../core';
import { useServices } from '../domain/AppContext';
import { hrefOf, useRoute } from '../domain/route';
import type { ArticleRecord, WordStatus } from '../db/database';
import { bodyOf } from '../db/prepared';
import type { GlossaryPopoverProps, GlossTarget } from '../domain/glossTarget';
import { useGlossaryLanguage } from '../domain/glossaryLanguage';
import { formatArticleDate } from '../ui/formatDate';
import { saveToVocabulary } from '../domain/vocabularyStore';
import { warmUpEngine } from '../workers/engineClient';
import { EvidenceHighlight } from './EvidenceHighlight';
import { lemmaIndexVersion, storeLemmaIndex } from '../domain/lemmaIndex';
import { recordLookup } from '../domain/lookups';
import { evidenceByParagraph, markEvidence, textPieces } from './evidence';
import { docKeys, docWordKeys, fullPlural, partnerOf, rangeText, sentenceText, stepSentence, stepWord, type ReaderDoc } from './readerDoc';
import { guardMarks } from '../text/markGuard';
import { ReaderText } from './ReaderText';
import { findPhrases, type PhraseHit } from './savedPhrases';
import { countUnknown, statusForKey, statusOf } from '../domain/statusModel';
import { useReaderDoc } from './useReaderDoc';
import { setWordStatus, useStatusMap } from '../domain/wordStatusStore';
import { MarkRest } from './MarkRest';
import { ReadAloud } from './ReadAloud';
import { ReadingEnd } from './ReadingEnd';
import { TEXT_LANG } from '../textLanguage';
import './reader.css';

const MAX_PHRASE_WORDS = 10;
const NO_HITS: ReadonlyMap<number, PhraseHit> = new Map();

/** `Popover` is the glossary's popover, passed in by app: the reader imports no other feature (issue 13). */
export function ReaderScreen({ articleId, Popover }: { articleId: string; Popover: ComponentType<GlossaryPopoverProps> }) {
  const { t } = useTranslation('reader');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  // `null` once loaded and missing, `undefined` while loading.
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  useEffect(warmUpEngine, []);

  if (article === undefined) return <p className="muted">{tc('loading')}</p>;
  if (article === null)
    return (
      <section className="empty-state">
        <p>{t('notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
      </section>
    );
  return <Reader article={article} Popover={Popover} key={article.id} />;
}

function wordTarget(doc: ReaderDoc, i: number): GlossTarget {
  const token = doc.tokens[i]!;
  const partner = partnerOf(doc, i);
  const target: GlossTarget = { indices: partner === null ? [i] : [i, partner], anchor: i, text: token.text, lemma: doc.keys[i]!, sentence: sentenceText(doc, i), token };
  if (partner !== null) {
    const [a, b] = i < partner ? [i, partner] : [partner, i];
    target.sepText = `${doc.tokens[a]!.text} … ${doc.tokens[b]!.text}`;
  }
  const plural = fullPlural(token);
  if (plural) target.plural = plural;
  return target;
}

/** A phrase over the words `indices` (flat, in order), kept under `lemma`. */
function phraseOver(doc: ReaderDoc, indices: number[], anchor: number, lemma?: string): GlossTarget {
  const a = indices[0]!;
  const b = indices[indices.length - 1]!;
  const text = rangeText(doc, a, b);
  return {
    indices,
    anchor,
    text,
    lemma: lemma ?? text,
    sentence: sentenceText(doc, a) + (doc.sentenceOf[a] !== doc.sentenceOf[b] ? ` ${sentenceText(doc, b)}` : ''),
    phrase: { words: indices.map((i) => doc.tokens[i]!.text), lemmas: indices.map((i) => doc.keys[i]!) },
  };
}

/** A selected phrase; when it is exactly an occurrence of a saved one, that saved phrase (its meaning, its status). */
function phraseTarget(doc: ReaderDoc, hits: ReadonlyMap<number, PhraseHit>, from: number, to: number): GlossTarget {
  const [a, b] = from < to ? [from, to] : [to, from];
  const indices = doc.words.filter((w) => w >= a && w <= b);
  const hit = hits.get(a);
  const same = hit !== undefined && hit.indices.length === indices.length && hit.indices.every((w, k) => w === indices[k]);
  return phraseOver(doc, indices, a, same ? hit.lemma : undefined);
}

/**
 * What a click (or Enter) on word `i` opens: inside a saved phrase the phrase's card, with the word's own card a
 * button away (issue 18); anywhere else the word's.
 */
function targetAt(doc: ReaderDoc, hits: ReadonlyMap<number, PhraseHit>, i: number): GlossTarget {
  const hit = hits.get(i);
  return hit ? phraseOver(doc, hit.indices, i, hit.lemma) : wordTarget(doc, i);
}

function Reader({ article, Popover }: { article: ArticleRecord; Popover: ComponentType<GlossaryPopoverProps> }) {
  const { t, i18n } = useTranslation('reader');
  const { t: tc } = useTranslation();
  const { t: tl } = useTranslation('library');
  const { db } = useServices();
  const text = article.text;
  const paragraphs = useSameSpans(bodyOf(article));
  const route = useRoute();
  const evidenceLink = route.screen === 'reader' ? route.evidence : undefined;
  const evidence = useMemo(() => evidenceByParagraph(paragraphs, evidenceLink), [paragraphs, evidenceLink]);
  const docState = useReaderDoc(text, paragraphs, article.origin === 'bundled');
  const doc = docState.state === 'ready' ? docState.doc : null;
  const statuses = useStatusMap(db);
  const lang = useGlossaryLanguage(db);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<GlossTarget | null>(null);
  /** Shift+arrow phrase selection: [anchor, end] flat indices. */
  const [range, setRange] = useState<[number, number] | null>(null);
  const saved = useLiveQuery(async () => (target ? ((await db.vocabulary.where('lemma').equals(target.lemma).first()) ?? null) : null), [db, target?.lemma]);

  const keys = useMemo(() => (doc ? docKeys(doc) : []), [doc]);
  // Saved phrases, and those saved before their keys were kept (several words, no part of speech).
  const savedPhrases = useLiveQuery(() => db.vocabulary.filter((e) => e.phraseKeys !== undefined || (e.upos === undefined && /\s/.test(e.lemma))).toArray(), [db]);
  const phrases = useMemo(() => (doc && savedPhrases ? findPhrases(doc, savedPhrases) : NO_HITS), [doc, savedPhrases]);

  // Cache the article's lemmas for the library's unknown-word count.
  useEffect(() => {
    if (!doc || article.lemmaIndex?.version === lemmaIndexVersion(article)) return;
    // A cache, not the learner's work: if it cannot be written it is computed again next time (statuses carried over
    // with it are written in its transaction, so they are carried then).
    storeLemmaIndex(db, article, docWordKeys(doc)).catch(() => undefined);
  }, [db, doc, article]);

  const selected = useMemo(() => {
    const s = new Set<number>(target?.indices ?? []);
    if (range && doc) for (const w of doc.words) if (w >= Math.min(...range) && w <= Math.max(...range)) s.add(w);
    return s;
  }, [target, range, doc]);

  const wordEl = useCallback((i: number) => bodyRef.current?.querySelector<HTMLElement>(`[data-t="${i}"]`) ?? null, []);

  /** Makes word `i` the text's one tab stop (roving tabindex), so Tab comes back to it; returns its element. */
  const makeTabStop = useCallback(
    (i: number) => {
      const el = wordEl(i);
      if (!el) return null;
      bodyRef.current?.querySelectorAll<HTMLElement>('[data-t][tabindex="0"]').forEach((o) => (o.tabIndex = -1));
      el.tabIndex = 0;
      return el;
    },
    [wordEl],
  );

  const focusWord = useCallback((i: number) => makeTabStop(i)?.focus(), [makeTabStop]);

  const open = useCallback(
    (next: GlossTarget) => {
      setTarget(next);
      // Counted once the popover is drawn: the write and the footer's count of looked-up words it updates took the
      // click's own frame (issue 19).
      setTimeout(() => void recordLookup(db, next.lemma, article.id), 0);
    },
    [db, article.id],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      const anchor = target?.anchor;
      setTarget(null);
      setRange(null);
      if (returnFocus && anchor !== undefined) focusWord(anchor);
    },
    [target, focusWord],
  );

  const setStatus = useCallback((lemma: string, status: WordStatus) => void setWordStatus(db, lemma, status), [db]);

  const save = useCallback(
    async (sense: string | undefined, note: string | undefined, ownMeaning: string | undefined) => {
      if (!target) return;
      const token = target.token;
      const stored = await saveToVocabulary(db, {
        lemma: target.lemma,
        word: target.sepText ?? target.text,
        articleId: article.id,
        articleTitle: article.title,
        context: target.sentence,
        ...(sense ? { sense, senseLang: lang } : {}),
        ...(note ? { note } : {}),
        ...(ownMeaning !== undefined ? { ownMeaning } : {}),
        ...(target.phrase ? { phraseKeys: target.phrase.lemmas } : {}),
        ...(token ? { upos: token.upos } : {}),
        ...(token?.gender ? { gender: token.gender } : {}),
        ...(target.plural ? { plural: target.plural } : {}),
      });
      // Saving a new word or phrase means the learner is learning it; one that was not saved stays as it was.
      if (stored.ok && statusOf(statuses, target.lemma) === 'new') setStatus(target.lemma, 1);
    },
    [db, target, article.id, article.title, lang, statuses, setStatus],
  );

  // Clicking outside the popover and the text closes it.
  useEffect(() => {
    if (!target) return;
    const onDown = (e: globalThis.MouseEvent) => {
      const el = e.target as HTMLElement | null;
      // Retry in the save alerts is about the word in the popover: it stays open to show the word saved.
      if (el?.closest('.glossary-popover') || el?.closest('[data-t]') || el?.closest('.save-errors')) return;
      close(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [target, close]);

  const indexOf = (el: EventTarget | null): number | null => {
    const w = (el as HTMLElement | null)?.closest?.('[data-t]');
    return w ? Number((w as HTMLElement).dataset['t']) : null;
  };

  /** Words covered by the mouse selection, when it spans two or more. */
  const selectedWords = (): number[] => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !bodyRef.current) return [];
    const r = sel.getRangeAt(0);
    const scope = r.commonAncestorContainer instanceof Element ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
    if (!scope || !bodyRef.current.contains(scope)) return [];
    const out: number[] = [];
    for (const el of scope.querySelectorAll<HTMLElement>('[data-t]')) if (r.intersectsNode(el)) out.push(Number(el.dataset['t']));
    return out;
  };

  /**
   * The press that ended in a click selected several words (its mouseup opened their phrase, or found too many): the
   * click then opens no word. Read once, at the mouseup: reading the selection again at the click laid the page out
   * once more in the click's own frame, before the popover's own layout (issue 19). A click no mouseup came before
   * (a script's) selected nothing.
   */
  const pressSelected = useRef(false);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const selecting = pressSelected.current;
    pressSelected.current = false;
    if (!doc || selecting) return;
    const i = indexOf(e.target);
    if (i === null) return;
    setRange(null);
    // Not focused here: the popover takes the focus in this frame (a mouse's press has already focused the word), and
    // focusing the word first cost a style update and two focus changes in the click's own frame (issue 19).
    makeTabStop(i);
    open(targetAt(doc, phrases, i));
  };

  const onMouseUp = () => {
    if (!doc) return;
    const words = selectedWords();
    pressSelected.current = words.length > 1;
    if (words.length < 2 || words.length > MAX_PHRASE_WORDS) return;
    setRange(null);
    open(phraseTarget(doc, phrases, words[0]!, words[words.length - 1]!));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!doc || e.ctrlKey || e.metaKey || e.altKey) return;
    const i = indexOf(e.target);
    if (i === null) return;
    const move = (next: number | null) => {
      e.preventDefault();
      if (next === null) return;
      if (e.shiftKey) {
        const start = range?.[0] ?? i;
        if (Math.abs((doc.wordPos[next] ?? 0) - (doc.wordPos[start] ?? 0)) < MAX_PHRASE_WORDS) setRange([start, next]);
      } else setRange(null);
      focusWord(next);
    };
    switch (e.key) {
      case 'ArrowRight':
        return move(stepWord(doc, i, 1));
      case 'ArrowLeft':
        return move(stepWord(doc, i, -1));
      case 'ArrowDown':
        return move(stepSentence(doc, i, 1));
      case 'ArrowUp':
        return move(stepSentence(doc, i, -1));
      case 'Home':
        return move(doc.words[0] ?? null);
      case 'End':
        return move(doc.words[doc.words.length - 1] ?? null);
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (range && range[0] !== range[1]) open(phraseTarget(doc, phrases, range[0], range[1]));
        else open(targetAt(doc, phrases, i));
        return;
      case 'Escape':
        if (range) {
          e.preventDefault();
          setRange(null);
        }
        return;
    }
    const status = statusForKey(e.key);
    if (status !== null) {
      e.preventDefault();
      setStatus(doc.keys[i]!, status);
    }
  };

  const unknown = doc ? countUnknown(keys, statuses) : null;

  return (
    <article className="reader" aria-labelledby="article-title">
      <a className="back-link" href={hrefOf({ screen: 'library' })}>
        ← {tc('backToLibrary')}
      </a>
      <header>
        <p className="article-meta">
          {article.origin === 'user' ? tl('origin.user') : article.outlet ? t('source', { outlet: article.outlet }) : tl('unknownSource')}
          {article.date ? ` · ${formatArticleDate(article.date, i18n.language)}` : ''}
          {unknown !== null ? ` · ${t('unknownWords', { count: unknown })}` : ''}
        </p>
        <h1 id="article-title">{guardMarks(article.title)}</h1>
      </header>
      {evidenceLink && <EvidenceHighlight text={text} evidence={evidenceLink} shown={evidence.size > 0} ready={doc !== null} />}
      <AnalysisStatus state={docState} />
      {doc && <ReadAloud doc={doc} bodyRef={bodyRef} />}
      {paragraphs.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : doc ? (
        <ReaderText doc={doc} statuses={statuses} selected={selected} phrases={phrases} phraseLabel={t('inSavedPhrase')} onClick={onClick} onMouseUp={onMouseUp} onKeyDown={onKeyDown} label={t('textLabel')} bodyRef={bodyRef} evidence={evidence} />
      ) : (
        <div className="article-body" lang={TEXT_LANG}>
          {paragraphs.map((p, i) => (
            <p key={p.start}>{markEvidence(textPieces(text, p.start, p.end, evidence.get(i), guardMarks), evidence.get(i))}</p>
          ))}
        </div>
      )}
      {doc && <ReadingEnd db={db} articleId={article.id} words={article.wordCount} keys={keys} statuses={statuses} />}
      {doc && <MarkRest db={db} articleId={article.id} words={article.wordCount} keys={keys} statuses={statuses} />}
      {doc && target && (
        <Popover
          target={target}
          anchor={() => wordEl(target.anchor)}
          lang={lang}
          status={statusOf(statuses, target.lemma)}
          savedSense={saved === undefined || saved === null ? undefined : (saved.sense ?? null)}
          savedOwnMeaning={saved?.ownMeaning || undefined}
          onStatus={(s) => setStatus(target.lemma, s)}
          singleWord={target.phrase && phrases.get(target.anchor)?.lemma === target.lemma ? { text: doc.tokens[target.anchor]!.text, open: () => open(wordTarget(doc, target.anchor)) } : undefined}
          onSave={(sense, note, ownMeaning) => void save(sense, note, ownMeaning)}
          onClose={() => close(true)}
          onStep={(delta) => {
            const next = stepWord(doc, target.anchor, delta);
            if (next === null) return;
            focusWord(next);
            open(targetAt(doc, phrases, next));
          }}
        />
      )}
    </article>
  );
}

/**
 * The same array while the spans are the same: the article is read again whenever its record changes (a cached
 * lemma list, a preparation by a newer engine that found the same paragraphs), and new spans re-run the analysis.
 */
function useSameSpans<T extends Span>(next: T[]): T[] {
  const [kept, setKept] = useState(next);
  const same = kept.length === next.length && kept.every((p, i) => p.start === next[i]!.start && p.end === next[i]!.end);
  if (!same) setKept(next);
  return same ? kept : next;
}

function AnalysisStatus({ state }: { state: ReturnType<typeof useReaderDoc> }) {
  const { t } = useTranslation('reader');
  if (state.state === 'ready') return <p className="reader-hint muted">{t('hint')}</p>;
  if (state.state === 'error' || state.state === 'silent')
    return (
      <p role="alert" className="error-text">
        {state.state === 'error' ? t('analysisError', { message: state.message }) : t('engineSilent')}
      </p>
    );
  const p = state.progress;
  const percent = p?.stage === 'analyze' && p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
  return (
    <div className="analysis-progress" role="status" aria-live="polite">
      <span>{percent === null ? t('progress.load') : t('progress.analyze', { percent })}</span>
      <progress max={100} value={percent ?? undefined} aria-label={t('progress.label')} />
    </div>
  );
}

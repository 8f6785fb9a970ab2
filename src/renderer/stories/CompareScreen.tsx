/**
 * Compare outlets (issue 7): the facts the engine aligned across a story's reports, one row per fact
 * and one column per outlet. Agreement and disagreement are marked with text and an icon, and every
 * cell links to the sentence it comes from. Issue 16: a column is named by its outlet (by its title where none is
 * named), the fact column stays put while the table scrolls inside its box, and a filter shows either side.
 */
import { useId, useState, type ClipboardEvent, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignedMention, Alignment } from '../../core';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleListRecord } from '../db/database';
import { formatArticleDate } from '../ui/formatDate';
import { OutletName } from '../ui/OutletList';
import { moveText, storyIdOf, useStories } from '../domain/stories';
import { TEXT_LANG } from '../textLanguage';
import { useJoints, withoutSoftHyphens, withSoftHyphens } from './softHyphens';
import './stories.css';

const clip = (s: string, n: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, t.lastIndexOf(' ', n))} …`;
};

/** A copy from the table carries the words as written, without the soft hyphens put in for display (other copies as the browser makes them). */
function copyWithoutSoftHyphens(e: ClipboardEvent): void {
  const selected = window.getSelection()?.toString() ?? '';
  const plain = withoutSoftHyphens(selected);
  if (plain === selected) return;
  e.clipboardData.setData('text/plain', plain);
  e.preventDefault();
}

/** The sentence a cell shows: its evidence, clipped. */
const cellSentence = (m: AlignedMention): string => clip(m.evidence.text, 130);

/** How a row's verdict is shown: text and an icon, never colour alone. */
const STATUS = {
  agree: { className: 'agree', icon: '✓', label: 'agree' },
  wording: { className: 'wording', icon: '≈', label: 'wording' },
  disagree: { className: 'differ', icon: '≠', label: 'differ' },
} as const;

/** After a move: the story with its new members, or the library when no story is left. */
function followStory(members: string[]): void {
  window.location.hash = members.length >= 2 ? hrefOf({ screen: 'compare', storyId: storyIdOf(members) }) : hrefOf({ screen: 'library' });
}

type RowFilter = 'all' | 'differ' | 'agree';
const FILTERS: { value: RowFilter; label: 'filterAll' | 'filterDiffer' | 'filterAgree' }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'differ', label: 'filterDiffer' },
  { value: 'agree', label: 'filterAgree' },
];

/** Disagreements first (they are the interesting part), then by how many outlets speak of the fact. */
export function orderAlignments(alignments: Alignment[]): Alignment[] {
  return [...alignments].sort((a, b) => Number(a.agree) - Number(b.agree) || new Set(b.mentions.map((m) => m.article)).size - new Set(a.mentions.map((m) => m.article)).size);
}

export function CompareScreen({ storyId }: { storyId: string }) {
  const { t, i18n } = useTranslation('stories');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const stories = useStories(db);
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>('all');
  const ready = stories.state === 'ready' ? stories : null;
  const story = ready?.stories.find((s) => s.id === storyId);
  // Every text the table shows in the article's language, for the joints of its long words (a hook: before any return).
  const joints = useJoints(
    story && ready
      ? [
          ...ready.articles.filter((a) => story.articleIds.includes(a.id)).map((a) => a.title),
          ...story.alignments.flatMap((r) => [r.topic, ...r.mentions.flatMap((m) => [m.wording, cellSentence(m)])]),
        ]
      : [],
  );
  const hy = (text: string): string => withSoftHyphens(text, joints);

  const header = (
    <a className="back-link" href={hrefOf({ screen: 'library' })}>
      ← {tc('backToLibrary')}
    </a>
  );
  if (stories.state === 'working')
    return (
      <section>
        {header}
        <div className="quiz-working" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('finding')}
        </div>
      </section>
    );
  if (stories.state === 'error')
    return (
      <p role="alert" className="error-text">
        {t('error', { message: stories.message })}
      </p>
    );
  if (!story)
    return (
      <section className="empty-state">
        <p>{t('missing')}</p>
        <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
      </section>
    );
  const byId = new Map(stories.articles.map((a) => [a.id, a]));
  const articles = story.articleIds.map((a) => byId.get(a)).filter((a): a is ArticleListRecord => !!a);
  const rows = orderAlignments(story.alignments);
  const differ = rows.filter((r) => !r.agree).length;
  const shown = rows.filter((r) => filter === 'all' || (filter === 'differ') !== r.agree);
  const back = hrefOf({ screen: 'compare', storyId });
  const others = stories.articles.filter((a) => !story.articleIds.includes(a.id));
  // A move changes the story's members and so its id: follow it, or go to the library when no story is left.
  const move = async (article: string, into: boolean) => {
    const saved = await moveText(db, article, into ? story.articleIds[0]! : null);
    if (!saved.ok) return;
    followStory(into ? [...story.articleIds, article] : story.articleIds.filter((a) => a !== article));
  };

  return (
    <section className="compare" aria-labelledby={`${id}-title`} onCopy={copyWithoutSoftHyphens}>
      {header}
      <header className="screen-header compare-header">
        <div>
          <p className="quiz-eyebrow">{t('eyebrow', { count: articles.length })}</p>
          <h1 id={`${id}-title`}>{t('compareTitle')}</h1>
          {story.keyNames.length > 0 && (
            <p className="muted">
              {t('about')}{' '}
              <span lang={TEXT_LANG} className="key-names">
                {story.keyNames.slice(0, 6).join(', ')}
              </span>
            </p>
          )}
        </div>
        <a className="button-link" href={hrefOf({ screen: 'quiz', target: { kind: 'story', id: storyId } })}>
          {t('storyQuiz')}
        </a>
      </header>
      <ul className="compare-summary" aria-label={t('summaryLabel')}>
        <li>
          <strong>{rows.length}</strong> {t('factsCompared', { count: rows.length })}
        </li>
        <li className="differ">
          <span aria-hidden="true">≠</span> <strong>{differ}</strong> {t('disagreements', { count: differ })}
        </li>
        <li className="agree">
          <span aria-hidden="true">✓</span> <strong>{rows.length - differ}</strong> {t('agreements', { count: rows.length - differ })}
        </li>
      </ul>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('noAlignments')}</p>
        </div>
      ) : (
        <>
          <div className="compare-filter" role="group" aria-label={t('filterLabel')}>
            {FILTERS.map((f) => (
              <button key={f.value} type="button" className="compare-filter-button" aria-pressed={filter === f.value} onClick={() => setFilter(f.value)}>
                {t(f.label)}
              </button>
            ))}
          </div>
          <div className="compare-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table className="compare-table" style={{ '--outlets': articles.length } as CSSProperties}>
              <caption id={`${id}-caption`}>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fact')}</th>
                  {articles.map((a) => (
                    <th scope="col" key={a.id} data-testid="compare-outlet">
                      {a.outlet || a.origin === 'user' ? (
                        <>
                          <span className="compare-outlet">
                            <OutletName article={a} />
                          </span>
                          <a className="compare-title" href={hrefOf({ screen: 'reader', articleId: a.id })} lang={TEXT_LANG} title={a.title}>
                            {hy(a.title)}
                          </a>
                      </>
                    ) : (
                      // No outlet named: the title names the column.
                      <a className="compare-outlet compare-title" href={hrefOf({ screen: 'reader', articleId: a.id })} lang={TEXT_LANG} title={a.title}>
                        {hy(a.title)}
                      </a>
                    )}
                    {a.date && <span className="compare-date">{formatArticleDate(a.date, i18n.language)}</span>}
                    <button type="button" className="compare-move" onClick={() => void move(a.id, false)} aria-label={t('takeOutLabel', { title: a.title })}>
                      {t('takeOut')}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.kind}:${r.topic}:${i}`} className={r.agree ? 'row-agree' : 'row-differ'} data-agree={r.agree}>
                  <th scope="row">
                    <span className="compare-topic" lang={TEXT_LANG}>
                      {hy(r.topic)}
                    </span>
                    <span className="compare-kind">{t(`kind.${r.kind}`)}</span>
                    <span className={`compare-status ${STATUS[r.verdict].className}`}>
                      <span aria-hidden="true">{STATUS[r.verdict].icon}</span> {t(STATUS[r.verdict].label)}
                    </span>
                  </th>
                  {articles.map((a) => (
                    <Cell key={a.id} mentions={r.mentions.filter((m) => m.article === a.id)} back={back} hy={hy} />
                  ))}
                </tr>
              ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {others.length > 0 && (
        <label className="compare-add">
          {t('addText')}{' '}
          <select value="" onChange={(e) => e.target.value && void move(e.target.value, true)}>
            <option value="">{t('addChoose')}</option>
            {others.map((a) => (
              <option key={a.id} value={a.id} lang={TEXT_LANG}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted compare-note">{t('note')}</p>
    </section>
  );
}

function Cell({ mentions, back, hy }: { mentions: AlignedMention[]; back: string; hy: (text: string) => string }) {
  const { t } = useTranslation('stories');
  if (mentions.length === 0)
    return (
      <td className="compare-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('notMentioned')}</span>
      </td>
    );
  return (
    <td>
      {mentions.map((m) => (
        <div className="compare-mention" key={m.factId}>
          <span className="compare-wording" lang={TEXT_LANG}>
            {hy(m.wording)}
          </span>
          <q className="compare-sentence" lang={TEXT_LANG}>
            {hy(cellSentence(m))}
          </q>
          <a href={hrefOf({ screen: 'reader', articleId: m.article, evidence: { start: m.evidence.start, end: m.evidence.end, back } })} className="compare-link">
            {t('inContext')} →
          </a>
        </div>
      ))}
    </td>
  );
}

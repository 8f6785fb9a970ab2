/**
 * German for a reporter named in a question (issue 15): `Die Nordbank schloss drei Filialen, berichtete die Zeitung`
 * is asked `Wer schloss laut der Zeitung drei Filialen?`. `laut` takes the dative, so the reporter's phrase, written in
 * the nominative after its verb of saying, is declined: its article (`der Sprecher` → `dem Sprecher`, `eine Sprecherin`
 * → `einer Sprecherin`, `die Behörden` → `den Behörden`), the adjectives after it (`die neue` → `der neuen`) and a
 * plural's noun (`Anwälte` → `Anwälten`). A name or a title before a name has no article and stays as written (`laut
 * Ministerin Lind`); a genitive after the head stays a genitive (`einer Sprecherin der Nordbank`).
 */
import type { Token } from '../analysis';

const PREPOSITION = 'laut';

/** The dative of a nominative article, by the noun's gender; the plural's is `den`. */
const DATIVE_ARTICLES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['der', new Map([['der', 'dem']])],
  ['das', new Map([['das', 'dem']])],
  ['die', new Map([['die', 'der']])],
  ['ein', new Map([['der', 'einem'], ['das', 'einem']])],
  ['eine', new Map([['die', 'einer']])],
]);
const PLURAL_DATIVE = 'den';

const isPlural = (t: Token): boolean => !!t.plural && t.plural !== t.lemma && t.text === t.plural;

/**
 * A masculine noun that adds `-en` or `-n` in the dative (`der Präsident` → `dem Präsidenten`): told by a plural that adds
 * only that to its lemma, which a strong noun shares (`der Staat`, `die Staaten`); so such a noun is not written at all.
 */
const maybeWeak = (t: Token): boolean => t.gender === 'der' && !!t.plural && (t.plural === `${t.lemma}n` || t.plural === `${t.lemma}en`);

/** An adjective after a dative article: weak `-en` (`der neuen`, `einem neuen`); a place's adjective does not decline (`dem Kieler`). */
function dativeAdjective(t: Token): string | null {
  if (/^\p{Lu}.*er$/u.test(t.text)) return t.text;
  const m = /^(\p{Ll}+?)(e|er|es|en)$/u.exec(t.text);
  return m ? `${m[1]}en` : null;
}

/**
 * `laut` and the reporter's phrase in the dative (`laut der Zeitung Nordblatt`, `laut einer Sprecherin der Nordbank`),
 * from its tokens in the nominative: an article, adjectives, a head noun or name, names after it and a genitive; null
 * where the phrase is another (a pronoun, a possessive, two reporters joined by `und`) or its head may decline otherwise.
 */
export function reporterPhrase(tokens: readonly Token[], text: string): string | null {
  if (!tokens.length || tokens.some((t) => t.upos === 'PRON' || t.upos === 'CCONJ')) return null;
  const [first] = tokens;
  const written = (ts: readonly Token[]): string => (ts.length ? text.slice(ts[0]!.start, ts.at(-1)!.end) : '');
  if (first!.upos !== 'DET') return tokens.every((t) => t.upos === 'PROPN' || t.upos === 'NOUN') ? `${PREPOSITION} ${written(tokens)}` : null;
  let i = 1;
  const adjectives: Token[] = [];
  while (tokens[i]?.upos === 'ADJ') adjectives.push(tokens[i++]!);
  const head = tokens[i];
  if (!head || (head.upos !== 'NOUN' && head.upos !== 'PROPN')) return null;
  const plural = head.upos === 'NOUN' && isPlural(head);
  const article = first!.text.toLowerCase();
  const dative = plural ? (article === 'die' ? PLURAL_DATIVE : undefined) : DATIVE_ARTICLES.get(article)?.get(head.gender ?? '');
  if (!dative || (!plural && maybeWeak(head))) return null;
  const declined = adjectives.map(dativeAdjective);
  if (declined.some((a) => a === null)) return null;
  // A plural's dative ends in `n` (`den Anwälten`), unless it does already or ends in `s` (`den Autos`).
  const noun = plural && !/[ns]$/u.test(head.text) ? `${head.text}n` : head.text;
  return [PREPOSITION, dative, ...declined, noun, written(tokens.slice(i + 1))].filter(Boolean).join(' ');
}

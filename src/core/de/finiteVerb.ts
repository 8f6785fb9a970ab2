import type { Token } from '../analysis';

/**
 * A past participle by its shape: `gefordert`, `angekündigt`, `eingereicht`: a `ge` after what it shares with its lemma
 * (none, or a particle), which the lemma lacks there (`geht`, `gelingt`, `begegnet` keep their lemma's `ge`). A participle of an inseparable verb (`beworben`, `erwartet`) looks
 * like a finite form and counts as one: a headline fragment is missed rather than a sentence taken for one.
 */
function participleShaped(t: Token): boolean {
  const w = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  const at = w.indexOf('ge');
  return at >= 0 && /(?:t|en)$/u.test(w) && w !== lemma && lemma.slice(at, at + 2) !== 'ge' && lemma.startsWith(w.slice(0, at));
}

/**
 * Whether the tokens hold a finite verb (issue 15): a headline or teaser line is often a fragment without one
 * (`Mehr als fünf Millionen Dollar Schadenersatz gefordert.`, `Probleme bei Online-Banking und Mobile-Banking.`),
 * where the lead of a report is a sentence (`Über 100 Nutzer fordern Schadenersatz.`). Any verb but a participle
 * counts: a plural present is spelt as its infinitive.
 */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (t.upos === 'VERB' || t.upos === 'AUX') && !participleShaped(t));
}

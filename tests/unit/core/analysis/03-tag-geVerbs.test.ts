/**
 * Issue 14: a participle spelt like a finite form of the verb with ge- before it (`gehört`: hören, gehören) is that
 * verb's finite form where no auxiliary shares its clause, and the participle where one does or where it opens a clause.
 */
import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

const lemmaOf = async (sentence: string, word: string): Promise<string> => {
  const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
  return tokens!.find((t) => t.text === word)!.lemma;
};

describe('a participle of one verb that is a finite form of another', () => {
  it.each([
    ['Das Haus gehört Ole Brandt .', 'Ole Brandt hat es gehört .', 'gehört', 'gehören', 'hören'],
    ['Der Hafen gehört zu Nordland .', 'Die Stimme wird in Nordland gehört .', 'gehört', 'gehören', 'hören'],
    ['Das gehört dazu , sagte Ole Brandt .', 'Das Lied , gehört in Nordland , gefiel .', 'gehört', 'gehören', 'hören'],
  ])('%s / %s: %s is %s, then %s', async (finite, participle, word, geLemma, lemma) => {
    expect([await lemmaOf(finite, word), await lemmaOf(participle, word)]).toEqual([geLemma, lemma]);
  });
});

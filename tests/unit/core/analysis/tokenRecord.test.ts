import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

describe('analysed tokens', () => {
  // Tokens are class instances for speed (TokenRecord); what is stored and sent between threads must not notice.
  it('store, clone and print as plain tokens, their fields in the order they were set', async () => {
    const e = await engine;
    const analysis = e.analyze('Die Ministerin kündigte den Besuch der Zwergflamingos gestern an.');
    const plain: unknown = JSON.parse(JSON.stringify(analysis));
    expect(structuredClone(analysis)).toEqual(plain);
    const tokens = analysis.sentences[0]!.tokens;
    const noun = tokens.find((t) => t.text === 'Ministerin')!;
    expect(Object.keys(noun)).toEqual(['text', 'start', 'end', 'lemma', 'upos', 'gender', 'plural', 'glossed']);
    const verb = tokens.find((t) => t.text === 'kündigte')!;
    expect(Object.keys(verb).slice(0, 6)).toEqual(['text', 'start', 'end', 'lemma', 'upos', 'sepVerb']);
  });
});

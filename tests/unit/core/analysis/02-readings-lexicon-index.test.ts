import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { glossaryWordLines, parseLexicon } from '../../../../src/core';
import { readLexiconFile } from '../../../../src/node/lexiconFile';
import { resourcesDir } from '../../../../src/node/paths';

/**
 * The lexicon is indexed over its UTF-8 bytes in one pass (issue 19: the engine's cold load); these tests hold it to a
 * plain reading of the text, line by line, as the asset's format describes it (lexicon.ts).
 */

/** The asset's lemma lines read plainly: form → `kind:lemma` of every line that lists it, in the asset's order. */
function plainReading(text: string): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const line of text.split('\n').slice(1)) {
    const [kind, lemma, , plural, forms] = line.split('\t');
    if (!kind || kind === 'P' || kind === 'W' || forms === undefined) continue;
    const listed = [lemma!, ...(kind.toUpperCase() === 'N' && plural !== '-' ? [plural!] : []), ...forms.split(' ').filter(Boolean)];
    const reading = `${kind.toUpperCase()}:${lemma!}`;
    for (const form of new Set(listed)) {
      // Two lines may read alike (a noun of two genders): each is an entry of its own.
      readings.set(form, [...(readings.get(form) ?? []), reading]);
    }
  }
  return readings;
}

const shown = (entries: readonly { kind: string; lemma: string }[]) => entries.map((e) => `${e.kind}:${e.lemma}`);

describe('the lexicon index (issue 19)', () => {
  // Invented words: umlauts and ß (two bytes), a letter outside the BMP (four), a lemma with a space.
  const words = ['grüpfel', 'quarzling', 'zölf'];
  const TEXT = [
    '#lesestoff-lexicon 1',
    'N\tGrüpfel\tm6\tGrüpfel\tGrüpfels Grüpfeln',
    'n\tBlaß\tf\t-\tBlaß',
    'V\tgrüpfeln\taus3\tausgegrüpfelt\tgrüpfeln grüpfelt grüpfelte  Grüpfeln',
    'A\tschnöd𝔵\t-\t-\tschnöd𝔵 schnöd𝔵e',
    'N\tNeu Quarz\tn\tNeu Quarze\tNeu-Quarzes',
    'P\tZölfingen',
    ...glossaryWordLines(words),
  ].join('\n') + '\n';
  const lex = parseLexicon(TEXT);

  it('finds every listed form of every line, as written, and nothing else', () => {
    expect(shown(lex.lookup('Grüpfeln'))).toEqual(['N:Grüpfel', 'V:grüpfeln']);
    expect(shown(lex.lookup('Grüpfel'))).toEqual(['N:Grüpfel']);
    expect(shown(lex.lookup('grüpfelte'))).toEqual(['V:grüpfeln']);
    // A verb's participles are no forms of the index; a noun's plural is.
    expect(lex.lookup('ausgegrüpfelt')).toEqual([]);
    expect(shown(lex.lookup('schnöd𝔵e'))).toEqual(['A:schnöd𝔵']);
    expect(shown(lex.lookup('Neu Quarze'))).toEqual(['N:Neu Quarz']);
    expect(shown(lex.lookup('Neu Quarz'))).toEqual(['N:Neu Quarz']);
    expect(lex.lookup('Neu')).toEqual([]);
    for (const probe of ['grupfel', 'Grüpfe', 'Grüpfelns', '', '-', 'schnöd', '\ud835', 'Blass']) expect(lex.lookup(probe)).toEqual([]);
  });

  it('reads each entry whole from its line', () => {
    expect(lex.lemma('Grüpfel', 'N')).toEqual({ lemma: 'Grüpfel', kind: 'N', gender: 'm', frequency: 6, plural: 'Grüpfel' });
    expect(lex.lemma('grüpfeln', 'V')).toEqual({ lemma: 'grüpfeln', kind: 'V', particle: 'aus', frequency: 3, participles: ['ausgegrüpfelt'] });
    expect(lex.lemma('Blaß', 'N')).toEqual({ lemma: 'Blaß', kind: 'N', gender: 'f', unglossed: true });
    expect(lex.size).toBe(5);
  });

  it('answers places and the glossary words it records', () => {
    expect(lex.isPlace('Zölfingen')).toBe(true);
    expect(lex.isPlace('Grüpfel')).toBe(false);
    for (const w of words) expect(lex.inGlossary(w)).toBe(true);
    expect(lex.inGlossary('zölfe')).toBe(false);
    expect(lex.inGlossary('Grüpfel')).toBe(true);
    expect(lex.inGlossary('Blaß')).toBe(false);
  });

  it('finds each line\'s end as it indexes it: empty and short lines, a line longer than the arrays first hold, no last newline', () => {
    // 3,000 forms on one line: more than a small asset's arrays first hold (they grow while the line is read).
    const many = Array.from({ length: 3000 }, (_, i) => `Nordlandhof${i}`);
    const text = [
      '#lesestoff-lexicon 1',
      '',
      'N',
      'N\tX',
      `N\tNordlandhof\tm\t-\t${many.join(' ')}`,
      'P\tBrandtstedt',
      '',
      'A\tbrandtig\t-\t-\tbrandtige',
    ].join('\n');
    const small = parseLexicon(text);
    expect(small.size).toBe(2);
    expect(many.filter((f) => shown(small.lookup(f)).join() !== 'N:Nordlandhof')).toEqual([]);
    expect(shown(small.lookup('brandtige'))).toEqual(['A:brandtig']);
    expect(small.lookup('X')).toEqual([]);
    expect(small.lookup('N')).toEqual([]);
    expect(small.isPlace('Brandtstedt')).toBe(true);
  });

  it('answers as a plain reading of the shipped asset does, on a sample of its forms and near misses', () => {
    const raw = readLexiconFile(resourcesDir());
    const text = new TextDecoder().decode(raw);
    const plain = plainReading(text);
    const shipped = parseLexicon(raw);
    const forms = [...plain.keys()].filter((_, i) => i % 20 === 0);
    expect(forms.length).toBeGreaterThan(15_000);
    const differ: string[] = [];
    for (const form of forms) {
      for (const probe of [form, form + 'q', form.slice(1)]) {
        if (shown(shipped.lookup(probe)).join() !== (plain.get(probe) ?? []).join()) differ.push(probe);
      }
    }
    expect(differ).toEqual([]);
    // The same whether handed the gzip asset or its text.
    const gz = readFileSync(`${resourcesDir()}/lexicon/de-lexicon.txt.gz`);
    expect(new TextDecoder().decode(gunzipSync(gz))).toBe(text);
    expect(shown(parseLexicon(new Uint8Array(gz)).lookup(forms[100]!))).toEqual(plain.get(forms[100]!));
    // Reading the whole asset twice takes a few seconds on a busy machine.
  }, 60_000);
});

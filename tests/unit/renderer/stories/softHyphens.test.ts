import { describe, expect, it } from 'vitest';
import { jointsOf, longWords, withoutSoftHyphens, withSoftHyphens } from '../../../../src/renderer/stories/softHyphens';

const SHY = '\u00AD';

describe('jointsOf', () => {
  it.each([
    ['two parts', { word: 'Fischereiverbandes', parts: [{ text: 'Fischerei' }, { text: 'verbandes' }] }, [9]],
    ['linking elements count with their part', { word: 'Gemeinderatssitzung', parts: [{ text: 'Gemeinde' }, { text: 'Rat', link: 's' }, { text: 'sitzung' }] }, [8, 12]],
    ['a simple word has none', { word: 'unverzichtbarer', parts: [{ text: 'unverzichtbarer' }] }, []],
    ['parts that do not spell the word have none', { word: 'Nordlandbahnhof', parts: [{ text: 'Nordland' }, { text: 'Hof' }] }, []],
  ])('%s', (_, split, joints) => {
    expect(jointsOf({ ...split, parts: split.parts.map((p) => ({ ...p, lemma: p.text })) })).toEqual(joints);
  });
});

describe('withSoftHyphens', () => {
  const joints = new Map([
    ['Fischereiverbandes', [9]],
    ['Gemeinderatssitzung', [8, 12]],
    ['Hafen', [3]],
  ]);
  it.each([
    ['a long compound breaks at its joint', 'Ole Brandt sprach vor dem Fischereiverbandes-Vorstand.', `Ole Brandt sprach vor dem Fischerei${SHY}verbandes-Vorstand.`],
    ['every joint, with the linking element before it', 'Die Gemeinderatssitzung in Nordland', `Die Gemeinde${SHY}rats${SHY}sitzung in Nordland`],
    ['a short word is left whole even with a joint', 'Im Hafen von Nordland', 'Im Hafen von Nordland'],
    ['a long word without joints is left whole', 'Eine Bürgerinitiative tagte.', 'Eine Bürgerinitiative tagte.'],
  ])('%s', (_, text, shown) => {
    expect(withSoftHyphens(text, joints)).toBe(shown);
    expect(withoutSoftHyphens(withSoftHyphens(text, joints))).toBe(text);
  });
});

describe('longWords', () => {
  it('lists each word of 14 letters or more once', () => {
    expect(longWords(['Die Gemeinderatssitzung begann.', 'Nach der Gemeinderatssitzung sprach Ole Brandt über Hafengebühren.'])).toEqual([
      'Gemeinderatssitzung',
    ]);
  });
});

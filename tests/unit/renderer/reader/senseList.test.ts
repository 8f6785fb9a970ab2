/**
 * Issue 14: the popover lists the card's senses in core's order (a colloquial sense after every plain one), each with
 * the wording of the entry it comes from when that is not the clicked lemma. Entries invented for the test.
 */
import { describe, expect, it } from 'vitest';
import type { DictEntry } from '../../../../src/core';
import { senseList } from '../../../../src/renderer/glossary/senseList';

const entries: DictEntry[] = [
  { headword: 'Ecke', grammar: ['f'], senses: ['corner', 'neck of the woods [coll.]'] },
  { headword: 'Ecke', grammar: ['f'], senses: ['angle'], note: '[math.]' },
  { headword: 'Ecke', grammar: ['f'], senses: ['to cut corners'], form: 'Ecken abschneiden' },
];

describe('the popover sense list', () => {
  it("follows core's order, not the entries'", () => {
    const list = senseList({ entries, senses: ['corner', 'angle', 'neck of the woods [coll.]'] }, 'Ecke');
    expect(list.map((s) => s.sense)).toEqual(['corner', 'angle', 'neck of the woods [coll.]']);
  });

  it("gives each sense its entry's note, and its wording where that is not the lemma", () => {
    const list = senseList({ entries, senses: ['to cut corners', 'angle'] }, 'Ecke');
    expect(list).toEqual([{ sense: 'to cut corners', form: 'Ecken abschneiden' }, { sense: 'angle', note: '[math.]' }]);
  });
});

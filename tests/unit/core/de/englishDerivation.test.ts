import { describe, expect, it } from 'vitest';
import { derivedSenses } from '../../../../src/core/de/englishDerivation';

const derive = (affix: string, sense: string) => derivedSenses.en!(affix, sense);

describe('derivedSenses', () => {
  it.each([
    // A prefix before a noun's sense, both spellings of a pair, a capital after a hyphen, a hyphen between like vowels.
    ['re-', 'nationalisation / nationalization', 'renationalisation / renationalization'],
    ['re-', 'election', 're-election'],
    ['de-', 'escalation', 'de-escalation'],
    ['anti-', 'globalization', 'anti-globalization'],
    ['nicht-', 'German /Ger./', 'non-German'],
    ['miss-', 'management', 'mismanagement'],
    // A verb's noun of action: the regular nouns of -ize/-ise and -ify, else the gerund.
    ['-ung', 'to demonise', 'demonisation'],
    ['-ung', 'to vilify sb./sth.', 'vilification'],
    ['-ung', 'to process sth.', 'processing'],
    ['-ung', 'to create sth.', 'creating'],
    // What can be done with a thing, and an adjective's quality.
    ['-barkeit', 'to process sth.', 'processability'],
    ['-barkeit', 'to use sth.', 'usability'],
    ['-barkeit', 'to manage', 'manageability'],
    ['-barkeit', 'to rely on', undefined],
    ['-barkeit', 'to rely', 'reliability'],
    ['-keit', 'readable', 'readability'],
    ['-heit', 'feasible', 'feasibility'],
  ] as const)('makes %s with %j %j', (affix, sense, derived) => {
    expect(derive(affix, sense)).toBe(derived);
  });

  it.each([
    // A doubled consonant or a dropped -ate the letters do not tell (editability, controllability, calculability).
    ['-barkeit', 'to edit sth.'], ['-barkeit', 'to control sth.'], ['-barkeit', 'to calculate sth.'],
    // A wording, a sense with a note, an adjective in -ness or -ity, and un-, which English puts before few nouns.
    ['-ung', 'to take on a momentum of its own'], ['re-', 'organization (of an event)'], ['-keit', 'quick'], ['un-', 'rest'],
  ] as const)('makes nothing of %s with %j', (affix, sense) => {
    expect(derive(affix, sense)).toBeUndefined();
  });
});

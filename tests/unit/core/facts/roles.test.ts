import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { EntityFact } from '../../../../src/core/facts/types';
import { analyze } from './helpers';

const people = (text: string): string[] =>
  extractFacts(text, analyze(text), { article: 'a.txt' }, germanFactRules).facts
    .filter((f): f is EntityFact => f.kind === 'person' || f.kind === 'organisation')
    .map((e) => `${e.kind}:${e.name}/${e.role?.text ?? '-'}`);

describe('roles in both genders (de/roles.ts, issue 15)', () => {
  it.each([
    ['Die Stadträtin Mia Lind eröffnete am Montag die neue Schule in Nordstadt.', 'person:Mia Lind/Stadträtin'],
    ['Die Aufsichtsrätin Ida Berg trat am Freitag zurück.', 'person:Ida Berg/Aufsichtsrätin'],
    ['Die Bischöfin Eva Holm besuchte am Sonntag die Gemeinde in Nordland.', 'person:Eva Holm/Bischöfin'],
    ['Die Stürmerin Lena Berg traf am Samstag zweimal für Nordstadt.', 'person:Lena Berg/Stürmerin'],
    ['Torhüterin Anna Ott hielt am Samstag zwei Elfmeter.', 'person:Anna Ott/Torhüterin'],
    ['Diktatorin Ida Brandt lebt heute im Exil in Nordland.', 'person:Ida Brandt/Diktatorin'],
  ])('%s → %s', (text, found) => {
    expect(people(text)).toContain(found);
  });
});

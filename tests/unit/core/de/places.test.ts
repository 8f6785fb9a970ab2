/**
 * Issue 15: places come from open data (scripts/buildPlaces.ts), not a hand list, so a town the old list lacked is a
 * city to the quiz and a name to the analysis, a capital knows its country, and every kind keeps its old meaning.
 */
import { describe, expect, it } from 'vitest';
import { placeFacts } from '../../../../src/core/de/places';
import { germanQuizLanguage } from '../../../../src/core/de/quizLanguage';
import { tag } from '../engineFixture';

describe('placeFacts', () => {
  it.each([
    ['a town of Germany with 5,000 people', 'Meerbusch', { kind: 'city' }],
    ['a town of Austria', 'Leoben', { kind: 'city' }],
    ['a capital, with its country', 'Wien', { kind: 'capital', country: 'Österreich' }],
    ['a capital, with its country by its current short name', 'Prag', { kind: 'capital', country: 'Tschechien' }],
    ['a country before its capital of the same name', 'Luxemburg', { kind: 'country' }],
    ['a country after an article (`der Vereinigten Staaten`)', 'Vereinigten Staaten', { kind: 'country' }],
    ['a state', 'Tirol', { kind: 'region' }],
    ['a city before its state', 'Hamburg', { kind: 'city' }],
    ['a region Ding hyphenates, as news writes it', 'Gazastreifen', { kind: 'region' }],
    ['a saint\'s town as news abbreviates it', 'St. Gallen', { kind: 'city' }],
    ['a continent before the country of that name', 'Australien', { kind: 'continent' }],
    ['a territory that is a city of its own, not its capital', 'Hongkong', { kind: 'city' }],
    ['a city-state that is its own capital', 'Singapur', { kind: 'country' }],
  ])('types %s: %s', (_, name, expected) => {
    expect(placeFacts(name)).toMatchObject(expected);
  });

  it('counts a city\'s people where GeoNames does, and knows no common noun as a place', () => {
    expect(placeFacts('Meerbusch')!.population).toBeGreaterThanOrEqual(5000);
    expect(placeFacts('Mitte')).toBeUndefined();
  });
});

describe('the quiz\'s place kinds', () => {
  it.each([
    ['a town of Germany the old list lacked', 'Meerbusch', 'city'],
    ['a town of Austria the old list lacked', 'Leoben', 'city'],
    ['a region the old list lacked', 'Normandie', 'region'],
  ])('types %s: %s', (_, name, kind) => {
    expect(germanQuizLanguage.forms.placeKind(name)).toBe(kind);
  });
});

describe('the analysis of a listed town', () => {
  it('reads a town the old list lacked as a name, not a compound of nouns', async () => {
    expect(await tag('Ole Brandt zog nach Meerbusch .')).toContain('Meerbusch/Meerbusch/PROPN');
  });
});

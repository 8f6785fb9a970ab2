/**
 * Issue 15: places come from open data (scripts/buildPlaces.ts), not a hand list, so a town the old list lacked is a
 * city to the quiz and a name to the analysis, a capital knows its country, and every kind keeps its old meaning.
 */
import { describe, expect, it } from 'vitest';
import { namesCountry, placeFacts } from '../../../../src/core/de/places';
import { germanQuizLanguage } from '../../../../src/core/de/quizLanguage';
import { tag } from '../engineFixture';

describe('placeFacts', () => {
  it.each([
    ['a town of Germany with 5,000 people, with its country', 'Meerbusch', { kind: 'city', country: 'Deutschland' }],
    ['a town of Austria, with its country', 'Leoben', { kind: 'city', country: 'Österreich' }],
    ['a city of the world, with its country', 'Antalya', { kind: 'city', country: 'Türkei' }],
    ['a capital, with its country by a name as written, not an index\'s (`Syrien, Arabische Republik`)', 'Damaskus', { kind: 'capital', country: 'Syrien' }],
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

describe('namesCountry', () => {
  it.each([
    ['türkischen', 'Türkei', true], ['Türken', 'Türkei', true], ['syrische', 'Syrien', true], ['deutschen', 'Deutschland', true],
    ['Schweizer', 'Schweiz', true], ['schwedische', 'Schweiz', false], ['politischen', 'Polen', false], ['Polizei', 'Polen', false],
  ])('%s names %s: %s', (word, country, names) => {
    expect(namesCountry(word, country)).toBe(names);
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

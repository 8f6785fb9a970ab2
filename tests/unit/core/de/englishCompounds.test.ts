import { describe, expect, it } from 'vitest';
import { composedSenses } from '../../../../src/core/de/englishCompounds';
import type { ComposablePart } from '../../../../src/core/lookup';

const compose = (modifier: ComposablePart, head: ComposablePart) => composedSenses.en!(modifier, head);
const noun = (text: string, ...senses: string[]): ComposablePart => ({ text, pos: 'NOUN', senses });

describe('composedSenses', () => {
  it('puts the modifier noun before the head as English compounds do', () => {
    expect(compose(noun('Wolken', 'cloud', 'pall'), noun('Kiste', 'box', 'case'))).toEqual(['cloud box']);
  });

  it('reads a first part by what it means at the start of compounds', () => {
    expect(compose({ ...noun('Haupt', 'main', 'head'), modifier: 'Haupt' }, noun('Kiste', 'box'))).toEqual(['main box']);
  });

  it('puts an adjective before the head', () => {
    expect(compose({ text: 'Grün', pos: 'ADJ', senses: ['green'] }, noun('Kiste', 'box'))).toEqual(['green box']);
  });

  it('drops notes, marks and object slots from the senses it joins', () => {
    expect(compose(noun('Wasser', 'water (liquid)'), noun('Fach', 'compartment [techn.]'))).toEqual(['water compartment']);
  });

  it('keeps a head sense that already names the modifier', () => {
    expect(compose(noun('Einkaufs', 'shopping'), noun('Karren', 'shopping cart'))).toEqual(['shopping cart']);
  });

  it.each<[string, ComposablePart, ComposablePart]>([
    ['a verb modifier', { text: 'Lauf', pos: 'VERB', senses: ['to run'] }, noun('Kiste', 'box')],
    ['a name', { text: 'Mur', pos: 'PROPN', senses: ['Mur (river)'] }, noun('Kiste', 'box')],
    ['an abbreviation', noun('UNO', 'Uno (card game)'), noun('Kiste', 'box')],
    ['an adjective head', { text: 'nieder', pos: 'ADJ', senses: ['lowly'] }, { text: 'schlesisch', pos: 'ADJ', senses: ['Silesian'] }],
    ['a modifier sense of a phrase', noun('NATO', 'North Atlantic Treaty Organization'), noun('Kiste', 'box')],
    ['a head sense of a verb', noun('Kisten', 'box'), noun('Schwimmen', 'to swim')],
  ])('composes nothing of %s', (_, modifier, head) => {
    expect(compose(modifier, head)).toEqual([]);
  });
});

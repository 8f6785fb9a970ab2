import { describe, expect, it } from 'vitest';
import { tag } from './engineFixture';

describe('tagSentence', () => {
  it.each([
    ['Die Häuser sind größer .', 'Die/der/DET Häuser/Haus/NOUN sind/sein/AUX größer/groß/ADJ ./././PUNCT'.replace('././.', './.')],
    ['Er hat das Buch gelesen .', 'Er/er/PRON hat/haben/AUX das/der/DET Buch/Buch/NOUN gelesen/lesen/VERB ././PUNCT'],
    ['Sie hat ein Haus .', 'Sie/sie/PRON hat/haben/VERB ein/ein/DET Haus/Haus/NOUN ././PUNCT'],
    ['Er versucht , das Haus zu kaufen .', 'Er/er/PRON versucht/versuchen/VERB ,/,/PUNCT das/der/DET Haus/Haus/NOUN zu/zu/PART kaufen/kaufen/VERB ././PUNCT'],
    ['Wir fahren zu dem Bahnhof .', 'Wir/wir/PRON fahren/fahren/VERB zu/zu/ADP dem/der/DET Bahnhof/Bahnhof/NOUN ././PUNCT'],
    ['Das ist der Mann , der das Auto kaufte .', 'Das/der/PRON ist/sein/AUX der/der/DET Mann/Mann/NOUN ,/,/PUNCT der/der/PRON das/der/DET Auto/Auto/NOUN kaufte/kaufen/VERB ././PUNCT'],
    ['Am Montag besuchte Angela Merkel die Stadt .', 'Am/an/ADP Montag/Montag/PROPN besuchte/besuchen/VERB Angela/Angela/PROPN Merkel/Merkel/PROPN die/der/DET Stadt/Stadt/NOUN ././PUNCT'],
    ['Der dritte Versuch war der beste .', 'Der/der/DET dritte/dritt/ADJ Versuch/Versuch/NOUN war/sein/AUX der/der/DET beste/gut/ADJ ././PUNCT'],
  ])('tags %s', async (sentence, expected) => {
    expect(await tag(sentence)).toBe(expected);
  });
});

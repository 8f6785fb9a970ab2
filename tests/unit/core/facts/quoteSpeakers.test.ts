import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { Quote } from '../../../../src/core/facts/types';
import { analyze } from './helpers';

const quotes = (text: string): Quote[] =>
  extractFacts(text, analyze(text), { article: 'a.txt' }, germanFactRules).facts.flatMap((f) => (f.kind === 'quote' ? [f.quote] : []));

describe('quotes: speakers from the named-entity tagger and clause boundaries (issue 15)', () => {
  it('gives a quote without a speaking verb the one person its sentence names', () => {
    const [q] = quotes('Für Bürgermeisterin Hanna Kowalczyk ist die neue Brücke „ein Geschenk für alle Familien in unserer Stadt“.');
    expect(q?.speaker?.text).toContain('Kowalczyk');
  });

  it('reads a Konjunktiv sentence after a sentence naming one expert as what the expert said', () => {
    const found = quotes('Der Geologe Tomas Lindqvist sieht darin eine Warnung. Die Ursache des Bergrutsches sei nie untersucht worden.');
    const q = found.find((x) => x.quote.text.startsWith('Die Ursache'));
    expect(q?.type).toBe('indirect');
    expect(q?.speaker?.text).toContain('Lindqvist');
  });

  it('takes no speaker where the sentence names two people', () => {
    const [q] = quotes('Nach dem Spiel von Lena Hofer gegen Mia Brandt hing ein Plakat mit der Aufschrift „Wir sind stolz auf euch beide und auf die ganze Mannschaft“ am Zaun.');
    expect(q?.speaker ?? null).toBeNull();
  });

  // Issue 15: `Dieser habe abgelehnt, wie er betonte` was credited to the man named last, whom `Dieser` points past.
  it('credits no pronoun to the person named last where a demonstrative opens the reported clause', () => {
    const text = 'Der Ingenieur Lars Wendt baute den Roboter. Konzernchef Paul Ebner bot dem Ingenieur eine Stelle an. Dieser habe aber abgelehnt, wie er betonte.';
    const q = quotes(text).find((x) => x.quote.text.startsWith('Dieser'));
    expect(q).toBeDefined();
    expect(q?.speakerName ?? '').not.toContain('Ebner');
    const plain = quotes(text.replace('Dieser habe', 'Das Angebot sei gut, er habe'));
    expect(plain.find((x) => x.quote.text.startsWith('Das Angebot'))?.speakerName).toContain('Paul Ebner');
  });

  it('ends a reported clause at a semicolon', () => {
    const q = quotes('Die Ministerin sagte, die Lage sei ernst; morgen beginnt in Genf die Konferenz der Länder.').find((x) => x.type === 'indirect');
    expect(q?.quote.text).toBe('die Lage sei ernst');
  });
});

describe('quotes: names and titles in quote marks', () => {
  it('takes a quoted party name after an article for a name, not a quote', () => {
    const found = quotes('Im Stadtrat sitzt nun auch die „Liga für soziale Gerechtigkeit“ mit zwei Abgeordneten.');
    expect(found.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('takes a quoted title after an article and a noun for a title, not a quote', () => {
    const found = quotes('Das Stadtmuseum zeigt ab Montag die Ausstellung „Glas und Feuer aus sieben Jahrhunderten“ im Nordflügel.');
    expect(found.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('keeps a quote that a verb of saying introduces', () => {
    const found = quotes('Die Ministerin sagte: „Wir brauchen mehr Geld für die Schulen im ganzen Land.“');
    expect(found.some((q) => q.type === 'direct' && q.quote.text.includes('Wir brauchen'))).toBe(true);
  });
});

describe('quotes: the reporter’s comment', () => {
  it('ends a reported clause before the reporter’s comment on it', () => {
    const q = quotes('Der Sprecher sagte, die Lage im Hafen sei unklar, was er auf den Sturm der letzten Nacht zurückführte.').find((x) => x.type === 'indirect');
    expect(q?.quote.text).toBe('die Lage im Hafen sei unklar');
  });
});

describe('quotes: where a reported clause starts and ends (issue 15)', () => {
  const indirect = (text: string) => quotes(text).filter((q) => q.type === 'indirect').map((q) => `${q.quote.text}|${q.speaker?.text ?? '-'}`);

  it('reads a main clause after a verb of saying as what was said, in any mood', () => {
    expect(indirect('Die Ministerin sagte, die Stadt hält an dem Plan für den Hafen fest.')).toEqual(['die Stadt hält an dem Plan für den Hafen fest|Die Ministerin']);
  });

  it('does not read the next clause as said when the verb has its object already', () => {
    expect(quotes('Der Rat erklärte den Plan für gescheitert, der Bau der Brücke wurde gestoppt.')).toEqual([]);
  });

  it('reads a clause before a cue that opens with its auxiliary', () => {
    expect(indirect('Die Brücke bleibe bis zum Sommer gesperrt, hatte die Bürgermeisterin Lea Marx am Morgen gesagt.')).toEqual(['Die Brücke bleibe bis zum Sommer gesperrt|die Bürgermeisterin Lea Marx']);
  });

  it('takes no passive for a verb of saying', () => {
    expect(quotes('Wenn die letzten Karten für die Saison verkauft sind, werden keine weiteren mehr angeboten.')).toEqual([]);
  });

  it('gives `so X` the clause before it, and a relative clause after it its own cue', () => {
    expect(indirect('Im Winter habe der Fahrer oft vor dem Haus gewartet, so Anna Berg, die auch angab, dass ihre Nachbarin die Polizei gerufen habe.')).toEqual([
      'Im Winter habe der Fahrer oft vor dem Haus gewartet|Anna Berg',
      'dass ihre Nachbarin die Polizei gerufen habe|die',
    ]);
  });

  it('ends what a source frame reports at a semicolon', () => {
    expect(indirect('Laut Polizeiangaben ist der Fahrer erst 19 Jahre alt; demnach hatte er den Führerschein seit einem Jahr.')[0]).toBe('ist der Fahrer erst 19 Jahre alt|Polizeiangaben');
  });

  it('takes the words a person calls something for a quote of that person', () => {
    const found = quotes('Die Bürgermeisterin bezeichnete den neuen Plan für den Marktplatz als „völlig unausgegoren“.');
    expect(found.map((q) => `${q.type}|${q.quote.text}|${q.speaker?.text ?? '-'}`)).toEqual(['direct|„völlig unausgegoren“|Die Bürgermeisterin']);
  });

  it('reads `Dies gab X bekannt` as X reporting the sentence before', () => {
    expect(indirect('Der Bahnhof in Nordheim wird im Mai geschlossen. Dies gab die Stadtverwaltung am Montag bekannt.')).toEqual(['Der Bahnhof in Nordheim wird im Mai geschlossen|die Stadtverwaltung']);
  });

  it('does not take a station’s quoted name for the words said', () => {
    expect(indirect('Der Wasserstand liege weit über dem Mittel, sagte der Sprecher dem Sender „Radio Nordwelle“.')).toEqual(['Der Wasserstand liege weit über dem Mittel|der Sprecher']);
  });

  it('gives quoted words inside a reported clause as one quote with it', () => {
    const found = quotes('Die Richterin sagte, der Zeuge habe „ganz bewusst gelogen“.');
    expect(found.map((q) => `${q.type}|${q.quote.text}`)).toEqual(['indirect|der Zeuge habe „ganz bewusst gelogen“']);
  });

  it('keeps the speaker of a quote that runs over several sentences for the quote after it', () => {
    const found = quotes('Die Bürgermeisterin Jana Wolf war am Morgen im Dorf. „Wir sind froh. Das Dorf hat zusammengehalten. Alle haben geholfen“, sagte sie. „Nun beginnt der Wiederaufbau der Schule.“');
    expect(found.find((q) => q.quote.text.includes('Wiederaufbau'))?.speaker?.text).toBe('sie');
  });

  it('gives a quote that opens its sentence the one person the sentence before names', () => {
    const found = quotes('Trainer Jonas Albrecht will an seiner Aufstellung festhalten. „Wir ändern nichts an der Mannschaft, die am Samstag gewonnen hat.“');
    expect(found.find((q) => q.type === 'direct')?.speaker?.text).toContain('Albrecht');
  });
});

describe('quotes: whom `er`/`sie` stand for (issue 15)', () => {
  const lastName = (text: string): string | null => quotes(text).pop()?.speakerName ?? null;

  it.each([
    // A company or a maker credited before is no person a pronoun stands for: nobody, or the person named beside it.
    ['Der Autobauer Nordmobil kündigte an, dass er das Werk schließe. Viele Arbeiter protestierten. Er betonte, dass die Lage ernst sei.', null],
    ['Die Firma Nordwerk teilte mit, dass sie das Werk in Nordland schließe. Sie betonte, dass die Lage ernst sei.', null],
    ['Mia Lind leitet das Werk. Die Firma Nordwerk teilte mit, dass sie das Werk schließe. Sie betonte, dass die Lage ernst sei.', 'Mia Lind'],
    // A person by a first name rarer than the short list's, where the entity tagger finds the person too.
    ['Der Hersteller Nordwerk gab an, dass die Puppe sicher sei. Betroffen ist der Käufer Ole Brandt. Er erklärte, dass es kleinere Fehler gebe.', 'Ole Brandt'],
  ])('%s → %s', (text, name) => {
    expect(lastName(text)).toBe(name);
  });
});

describe('quotes: a front piece in the accusative (issue 15)', () => {
  it.each([
    ['Jan Ott sprach am Montag in Nordstadt. Den Konzern Nordwerk, dessen Chef am Montag kam, forderte er auf, die Fabrik im Ort offen zu halten.', 'er'],
    ['Die Ministerin Mia Lind war in Nordland. Den Bürgermeister, der lange schwieg, warnte sie, dass die Schule im Dorf schließen müsse.', 'sie'],
  ])('takes the subject after the verb, not the object before it: %s', (text, speaker) => {
    expect(quotes(text).pop()?.speaker?.text).toBe(speaker);
  });
});

describe('quotes: a name in quote marks inside the cue clause (issue 15)', () => {
  it.each([
    ['Der Redakteur Jan Ott kritisiert in der Zeitung „Nordland Bote“, die Aktion erinnere „fatal an die schlimmsten Zeiten der Stadt Nordstadt“.', 'Der Redakteur Jan Ott'],
    ['Mia Lind sagte dem Sender „Radio Nord“, die Schule im Dorf bleibe offen.', 'Mia Lind'],
  ])('reads the clause after the name as what was said: %s', (text, speaker) => {
    const q = quotes(text).find((x) => x.type === 'indirect');
    expect(q?.speaker?.text).toBe(speaker);
  });
});

describe('quotes: a verb of saying as a zu-infinitive (issue 15)', () => {
  it.each([
    ['Sprecherin Eva Holm teilte mit, dass die Lage ruhig sei. Auch lehnte Mia Lind den Vorschlag ab, die Kontrolle der Werke einer einheitlichen Aufsicht zu unterstellen. Das System der geteilten Zuständigkeiten habe sich bewährt.', 'Sprecherin Eva Holm'],
    ['Jan Ott sagte, dass die Lage ernst sei. Die Tagung schloss mit dem Appell, die Wahrheit über die Werke zu verbreiten und auf Alternativen hinzuweisen. Eine solche Alternative sei der Ausbau der Netze.', 'Jan Ott'],
  ])('makes no speaker of an infinitive with zu that reports nothing: %s', (text, speaker) => {
    expect(quotes(text).pop()?.speaker?.text).toBe(speaker);
  });
});

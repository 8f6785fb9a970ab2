import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/core/facts/10-quotes';
import { germanQuoteRules } from '../../../../src/core/de/quoteCues';
import { analyze } from './helpers';

const quotes = (text: string) =>
  extractQuotes(text, analyze(text), germanQuoteRules).map((q) => `${q.type}|${q.quote.text}|${q.speaker?.text ?? '-'}|${q.cue?.text ?? '-'}`);

describe('extractQuotes', () => {
  it.each([
    ['„Wir bleiben hier“, sagte der Bürgermeister.', 'direct|„Wir bleiben hier“|der Bürgermeister|sagte'],
    ['Die Ministerin sagte: »Das Gesetz kommt noch in diesem Jahr.«', 'direct|»Das Gesetz kommt noch in diesem Jahr.«|Die Ministerin|sagte'],
    ['«Wir haben genug gewartet», erklärte Anna Berger.', 'direct|«Wir haben genug gewartet»|Anna Berger|erklärte'],
    ['"Das ist ein guter Tag für die Stadt", so der Sprecher.', 'direct|"Das ist ein guter Tag für die Stadt"|der Sprecher|so'],
    ['„Das stimmt nicht“, betonte sie.', 'direct|„Das stimmt nicht“|sie|betonte'],
    ['Der Minister sagte: ‚Wir bleiben dabei.‘', 'direct|‚Wir bleiben dabei.‘|Der Minister|sagte'],
    ['Die Sprecherin erklärte: ›Das ist falsch.‹', 'direct|›Das ist falsch.‹|Die Sprecherin|erklärte'],
  ])('finds the direct quote in %s', (text, expected) => {
    expect(quotes(text)).toContain(expected);
  });

  it('follows a direct quote across sentences', () => {
    const text = 'Der Trainer sagte: „Wir haben gut gespielt. Aber das reicht nicht.“';
    expect(quotes(text)).toEqual(['direct|„Wir haben gut gespielt. Aber das reicht nicht.“|Der Trainer|sagte']);
  });

  it('finds an indirect quote with a dass-clause and one in Konjunktiv I', () => {
    expect(quotes('Der Sprecher sagte, dass die Straße gesperrt bleibt.')).toEqual(['indirect|dass die Straße gesperrt bleibt|Der Sprecher|sagte']);
    expect(quotes('Die Lage sei ernst, sagte die Polizeisprecherin.')).toEqual(['indirect|Die Lage sei ernst|die Polizeisprecherin|sagte']);
  });

  it('reads laut, zufolge and nach Angaben as sources', () => {
    expect(quotes('Laut Polizei wurden drei Menschen verletzt.')).toEqual(['indirect|wurden drei Menschen verletzt|Polizei|Laut']);
    expect(quotes('Beobachtern zufolge geht es um Waffen.')).toEqual(['indirect|geht es um Waffen|Beobachtern|zufolge']);
    expect(quotes('Nach Angaben der Feuerwehr brannte das Haus völlig aus.')).toEqual(['indirect|brannte das Haus völlig aus|Angaben der Feuerwehr|Nach']);
  });

  it('resolves a pronoun speaker to the last named person', () => {
    const text = 'Bürgermeisterin Petra Lang sprach am Morgen. „Wir brauchen mehr Geld“, sagte sie.';
    const q = extractQuotes(text, analyze(text), germanQuoteRules).find((x) => x.type === 'direct');
    expect(q?.speaker?.text).toBe('sie');
  });

  it.each([
    // Speaker is the subject of the cue clause, past an apposition or a relative clause.
    ['Der Vorsitzende des Mieterbunds, Karl Brenner, kritisierte den Entwurf scharf: „Das hilft niemandem, der eine Wohnung sucht.“', 'direct|„Das hilft niemandem, der eine Wohnung sucht.“|Der Vorsitzende des Mieterbunds, Karl Brenner|kritisierte'],
    ['Die Lehrerin Marta Vogel, die seit zwanzig Jahren an der Schule unterrichtet, sagte, der Unterricht beginne künftig später.', 'indirect|der Unterricht beginne künftig später|Die Lehrerin Marta Vogel|sagte'],
    ['Der Sprecher der Feuerwehr (FDP) sagte der Lokalzeitung, der Brand sei gelöscht.', 'indirect|der Brand sei gelöscht|Der Sprecher der Feuerwehr (FDP)|sagte'],
    // The quote before a clause that opens with its auxiliary, and an object pronoun before the subject.
    ['„Das Wasser ist sauber“, hatte der Leiter des Wasserwerks in einem Interview erklärt.', 'direct|„Das Wasser ist sauber“|der Leiter des Wasserwerks|erklärt'],
    ['„Die Lage bleibt ernst“, so charakterisierte ihn der Leiter des Krisenstabs.', 'direct|„Die Lage bleibt ernst“|der Leiter des Krisenstabs|charakterisierte'],
    // Noun-phrase cues.
    ['Die Gemeinderätin vertritt die Ansicht, dass der neue Radweg zu schmal geplant ist.', 'indirect|dass der neue Radweg zu schmal geplant ist|Die Gemeinderätin|Ansicht'],
    ['Der Trainer ist der Meinung, die Mannschaft habe zu wenig geübt.', 'indirect|die Mannschaft habe zu wenig geübt|Der Trainer|Meinung'],
    ['Die neue Umgehungsstraße wird nach Ansicht von Fachleuten den Lärm in der Innenstadt kaum verringern.', 'indirect|den Lärm in der Innenstadt kaum verringern|Ansicht von Fachleuten|nach'],
    ['Der Wagen war ihrer Meinung nach viel zu schnell unterwegs.', 'indirect|viel zu schnell unterwegs|ihrer Meinung|nach'],
    // Passive cues: `zitiert` keeps its subject as speaker, other passives name the agent.
    ['Der Kapitän wird in der Vereinszeitung mit den Worten zitiert: „Wir fahren nicht ohne Punkte nach Hause.“', 'direct|„Wir fahren nicht ohne Punkte nach Hause.“|Der Kapitän|zitiert'],
    ['Die Bewohner wurden vom Landratsamt aufgefordert, die Fenster geschlossen zu halten.', 'indirect|die Fenster geschlossen zu halten|Landratsamt|aufgefordert'],
    ['Die Bürgerinitiative zitiert einen Anwohner mit den Worten: „Nachts ist es hier unerträglich laut.“', 'direct|„Nachts ist es hier unerträglich laut.“|einen Anwohner|zitiert'],
    // Organisations, documents and sources as speakers.
    ['Das Ministerium teilte mit, die Prüfung der Brücke dauere noch zwei Wochen.', 'indirect|die Prüfung der Brücke dauere noch zwei Wochen|Das Ministerium|teilte mit'],
    ['Wie das Umweltamt mitteilte, wurden im Fluss keine Schadstoffe gefunden.', 'indirect|wurden im Fluss keine Schadstoffe gefunden|das Umweltamt|mitteilte'],
    ['In dem Bericht der Kommission heißt es, die Schulen seien schlecht ausgestattet.', 'indirect|die Schulen seien schlecht ausgestattet|dem Bericht der Kommission|heißt'],
    ['Der Abzug der Truppen soll demnach erst im Frühjahr beginnen.', 'indirect|Der Abzug der Truppen soll demnach erst im Frühjahr beginnen|demnach|demnach'],
    // A zu-infinitive after a verb that reports only with one.
    ['Die Firma plant, im nächsten Jahr zweihundert Stellen abzubauen.', 'indirect|im nächsten Jahr zweihundert Stellen abzubauen|Die Firma|plant'],
  ])('attributes %s', (text, expected) => {
    expect(quotes(text)).toContain(expected);
  });

  it('resolves a pronoun to the earlier person of the same gender', () => {
    const text = 'Sabine Kluge und Peter Hahn eröffneten die Ausstellung. Hahn sprach über die Bilder. „Ich bin stolz auf unsere Schüler“, sagte sie.';
    const q = extractQuotes(text, analyze(text), germanQuoteRules).find((x) => x.type === 'direct');
    expect([q?.speaker?.text, q?.speakerName]).toEqual(['sie', 'Sabine Kluge']);
    const he = 'Sabine Kluge und Peter Hahn eröffneten die Ausstellung. „Die Bilder sind alle verkauft“, sagte er.';
    expect(extractQuotes(he, analyze(he), germanQuoteRules).find((x) => x.type === 'direct')?.speakerName).toBe('Peter Hahn');
  });

  it.each([
    ['nobody where two men fit and neither spoke before', 'Thomas Brandt traf am Montag Jan Ott. Er sagte, die Brücke sei zu teuer.', null],
    ['nobody where no one of that gender was named', 'Jan Ott eröffnete die Ausstellung. Sie sagte, die Bilder seien verkauft.', null],
    ['the man credited in the sentence before, not the man named after him', 'Thomas Brandt sagte, die Brücke sei so teuer wie die Halle von Jan Ott. Er betonte, die Stadt müsse sparen.', 'Thomas Brandt'],
    ['the one man the sentence before names, not one named earlier', 'Jan Ott eröffnete am Montag die Halle. Am Abend kam Thomas Brandt dazu. Er sagte, die Halle sei zu klein.', 'Thomas Brandt'],
    ['the one woman named, beside a man', 'Mia Lind traf am Montag Jan Ott. Sie sagte, die Brücke sei zu teuer.', 'Mia Lind'],
  ])('credits a pronoun speaker to %s', (_, text, name) => {
    const last = extractQuotes(text, analyze(text), germanQuoteRules).pop();
    expect(last?.speakerName ?? null).toBe(name);
  });

  it('carries a speaker over a run of Konjunktiv sentences as one stretch', () => {
    const text = 'Der Bürgermeister sagte, die Bäder würden geschlossen. Die Stadt müsse sparen. Die Kosten seien zu hoch.';
    expect(quotes(text)).toEqual([
      'indirect|die Bäder würden geschlossen|Der Bürgermeister|sagte',
      'indirect|Die Stadt müsse sparen. Die Kosten seien zu hoch|Der Bürgermeister|-',
    ]);
  });

  it('lets a verb cue win over the frame around it', () => {
    expect(quotes('Laut der Zeitung sagte der Minister, dass die Steuern steigen.')).toEqual(['indirect|dass die Steuern steigen|der Minister|sagte']);
  });

  it('skips quoted names that nobody says', () => {
    expect(quotes('Das Schiff „Morning Star“ lief aus.')).toEqual([]);
  });

  it('ends an open quote mark at a blank line, also with spaces on it', () => {
    expect(quotes('„Wir bleiben\n  \nhier“, sagte der Bürgermeister.')).toEqual([]);
    expect(quotes('„Wir bleiben\nhier“, sagte der Bürgermeister.')).toEqual(['direct|„Wir bleiben\nhier“|der Bürgermeister|sagte']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { alignArticles } from '../../../../src/core/facts/12-align';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { ArticleFacts } from '../../../../src/core/facts/types';
import { analyze } from './helpers';
import { engine } from '../engineFixture';

const facts = (text: string, date: string | null = null, article = 'a.txt'): ArticleFacts =>
  extractFacts(text, analyze(text), { article, date }, germanFactRules);

describe('extractFacts: numbers', () => {
  it.each([
    ['Nordkorea lieferte mehr als 11.000 Container mit Munition.', 'mehr als 11.000 Container mit Munition', 11000, 'mehr als'],
    ['Es kamen rund 10.000 Container an.', 'rund 10.000 Container', 10000, 'rund'],
    ['Dort standen 20 bis 30 nordkoreanische Grenzsoldaten.', '20 bis 30 nordkoreanische Grenzsoldaten', 20, null],
    ['Die Regierung unterzeichnete zwei Abkommen.', 'zwei Abkommen', 2, null],
    ['Die Preise stiegen um 3,5 Prozent.', '3,5 Prozent', 3.5, null],
    ['Das Projekt kostet 2,5 Millionen Euro.', '2,5 Millionen Euro', 2_500_000, null],
  ])('reads %s', (text, wording, value, qualifier) => {
    const n = facts(text).facts.find((f) => f.kind === 'number');
    expect(n?.span.text).toBe(wording);
    expect(n?.kind === 'number' && n.value).toBe(value);
    expect(n?.kind === 'number' && n.qualifier).toBe(qualifier);
  });

  it('keeps two counted things in one phrase apart', () => {
    const f = facts('Das Manöver lief mit 40 Schiffen und 20 Flugzeugen.').facts.filter((x) => x.kind === 'number');
    expect(f.map((x) => x.span.text)).toEqual(['40 Schiffen', '20 Flugzeugen']);
  });

  it('reads a vague number word before a scale word at the start of a sentence', () => {
    const n = facts('Mehrere Millionen Menschen sahen zu.').facts.find((f) => f.kind === 'number');
    expect(n?.span.text).toBe('Mehrere Millionen Menschen');
  });

  it('counts vague number words without a value', () => {
    const n = facts('Dabei wurden Dutzende Soldaten verletzt.').facts.find((f) => f.kind === 'number');
    expect(n?.span.text).toBe('Dutzende Soldaten');
    expect(n?.kind === 'number' && n.value).toBeNull();
  });
});

describe('extractFacts: dates', () => {
  it.each([
    ['Das Treffen fand am 18.06.2024 statt.', 'am 18.06.2024', '2024-06-18'],
    ['Er kam am 18. Juni an.', 'am 18. Juni', '2024-06-18'],
    ['Das war im September 2023 klar.', 'im September 2023', '2023-09'],
    ['Am Mittwoch reiste sie ab.', 'Am Mittwoch', '2024-06-12'],
    ['Er hatte das Land vor 24 Jahren besucht.', 'vor 24 Jahren', '2000'],
    ['Der Anschlag geschah Dienstagabend.', 'Dienstagabend', '2024-06-18'],
    ['Der Hauptteil des Besuchs beginnt am Mittwoch.', 'am Mittwoch', '2024-06-19'],
    ['Am Sonntag sprach er in Bonn.', 'Am Sonntag', '2024-06-16'],
    ['Seit September liefert das Land Waffen.', 'Seit September', '2023-09'],
    ['Im Oktober will er wiederkommen.', 'Im Oktober', '2024-10'],
    ['Im März soll es weitergehen.', 'Im März', '2025-03'],
  ])('reads %s against the article date', (text, wording, iso) => {
    const d = facts(text, '2024-06-18').facts.find((f) => f.kind === 'date');
    expect(d?.span.text).toBe(wording);
    expect(d?.kind === 'date' && d.iso).toBe(iso);
  });

  /** Month words and bare years: each row's look-alike (a first name, a count, a school year) is no date. */
  it.each([
    ['a month whose full name is as short as a short form', 'Die Nordbank eröffnete im Mai 2015 eine Filiale in Kiel.', ['im Mai 2015 2015-05']],
    ['a month after a preposition opening the sentence', 'Seit Mai liefert Nordland Strom.', ['Seit Mai 2024-05']],
    ['no short form alone (`Jan`, a first name too)', 'Jan Berg eröffnete die Brücke in Kiel.', []],
    ['a year after `Seit` opening the sentence', 'Seit 2010 ist die Zahl der Filialen in Nordland gesunken.', ['Seit 2010 2010']],
    ['a year right after a verb', 'Die Nordbank verdiente 2014 rund 30 Millionen Euro.', ['2014 2014']],
    ['no count before its noun', 'Die Nordbank beschäftigte 2000 Leute in Kiel.', []],
    ["no school year's first part", 'In Nordland besuchten 2013/14 rund 300 Kinder die Schule.', []],
    ['a year standing first with its verb right after it', '2011 eröffnete die Nordbank eine Filiale in Kiel.', ['2011 2011']],
    ['a year after an adverb opening the sentence', 'Auch 2011 kam Ole Brandt nach Kiel.', ['2011 2011']],
    ['no count opening the sentence', '2000 Menschen kamen nach Kiel.', []],
  ])('reads %s', (_, text, expected) => {
    expect(facts(text, '2024-06-18').facts.flatMap((f) => (f.kind === 'date' ? [`${f.span.text} ${f.iso}`] : []))).toEqual(expected);
  });
});

describe('extractFacts: people and roles', () => {
  it('takes a role before the name and links later mentions', () => {
    const f = facts('Außenminister Klaus Becker reiste nach Rom. Dort traf Becker den Papst.');
    const p = f.facts.find((x) => x.kind === 'person' && x.name === 'Klaus Becker');
    expect(p?.kind === 'person' && p.role?.text).toBe('Außenminister');
    expect(p?.kind === 'person' && p.mentions.map((m) => m.text)).toContain('Becker');
  });

  it('takes a role from an apposition', () => {
    const f = facts('Das sagte der außenpolitische Berater des Präsidenten, Jan Novak, am Abend.');
    const p = f.facts.find((x) => x.kind === 'person' && x.name === 'Jan Novak');
    expect(p?.kind === 'person' && p.role?.text).toBe('der außenpolitische Berater des Präsidenten');
  });

  it('finds who did what for a main clause', () => {
    const f = facts('Präsidentin Maria Silva besuchte am Montag Berlin.');
    const e = f.facts.find((x) => x.kind === 'event');
    expect(e?.kind === 'event' && e.did).toBe('besuchte');
    expect(e?.kind === 'event' && e.when?.text).toBe('am Montag');
  });
});

describe('alignArticles', () => {
  it('marks a number disagreement between two texts about one story', () => {
    const a = facts('Ministerpräsident Lars Holm besuchte Oslo. Holm brachte mehr als 11.000 Container mit.', null, 'a.txt');
    const b = facts('Ministerpräsident Lars Holm war in Oslo. Holm brachte rund 10.000 Container mit.', null, 'b.txt');
    const stories = alignArticles([a, b]);
    expect(stories).toHaveLength(1);
    const al = stories[0]!.alignments.find((x) => x.kind === 'number');
    expect(al?.agree).toBe(false);
    expect(al?.mentions.map((m) => m.wording)).toEqual(['mehr als 11.000 Container', 'rund 10.000 Container']);
  });
});

describe('events on the tagged analysis', () => {
  const tagged = async (text: string, article: string, date: string | null = null): Promise<ArticleFacts> =>
    extractFacts(text, (await engine).analyze(text), { article, date }, germanFactRules);

  it('reads who did what, when and where from a main clause', async () => {
    const f = await tagged('Bürgermeisterin Anna Berg unterzeichnete am Montag in Bremen einen neuen Vertrag.', 'a.txt');
    const e = f.facts.find((x) => x.kind === 'event');
    expect(e?.kind === 'event' && [e.actor, e.did, e.verb, e.what?.text, e.when?.text, e.where?.text]).toEqual([
      'Anna Berg', 'unterzeichnete', 'unterzeichnen', 'einen neuen Vertrag', 'am Montag', 'in Bremen',
    ]);
  });

  it('joins a separable verb and takes the actor only where the name heads the subject', async () => {
    const f = await tagged('Kanzler Jan Ott traf am Abend in Bremen ein. Otts Sprecher lobte den Besuch.', 'a.txt');
    const events = f.facts.flatMap((x) => (x.kind === 'event' ? [`${x.actor}|${x.did}|${x.verb}`] : []));
    expect(events).toEqual(['Jan Ott|traf … ein|eintreffen']);
  });

  it.each([
    ['a genitive after a noun is whose the subject is, no actor', 'Das Netz der Nordbank ist am Montag ausgefallen.', []],
    ['with an adjective too', 'Der Chef der nordländischen Nordbank ist am Montag zurückgetreten.', []],
    ['a name after a role noun without an article still heads it', 'Der Chef Ole Brandt ist am Montag zurückgetreten.', ['Ole Brandt']],
    ['the statement a clause before a colon announces', 'Kurz vor Mitternacht war es so weit: Anna Berg gewann das Finale in Kiel.', ['Anna Berg']],
    ['no statement after a verb of saying and a colon: a quote', 'Der Minister betonte am Montag: Anna Berg gewann das Finale in Kiel.', []],
    ['no statement after a label without a verb', 'Mal was Neues: Anna Berg trägt eine Krawatte.', []],
  ])('%s', async (_, text, actors) => {
    const f = await tagged(text, 'a.txt');
    expect(f.facts.flatMap((x) => (x.kind === 'event' ? [x.actor] : []))).toEqual(actors);
  });

  it('marks reports that date the same event differently as disagreeing, and the same trip on one day as agreeing', async () => {
    const a = await tagged('Kanzler Jan Ott und Präsidentin Eva Lind sind in Bremen. Ott unterzeichnete am Montag einen Vertrag.', 'a.txt');
    const b = await tagged('Kanzler Jan Ott und Präsidentin Eva Lind trafen sich. Ott unterzeichnete am Dienstag einen Vertrag.', 'b.txt');
    const c = await tagged('Kanzler Jan Ott und Präsidentin Eva Lind sprachen lange. Ott unterzeichnete am Montag einen Vertrag.', 'c.txt');
    const differ = alignArticles([a, b])[0]!.alignments.find((x) => x.kind === 'event');
    expect(differ?.agree).toBe(false);
    expect(differ?.mentions.map((m) => m.wording)).toEqual(['am Montag', 'am Dienstag']);
    expect(alignArticles([a, c])[0]!.alignments.find((x) => x.kind === 'event')?.agree).toBe(true);
  });

  it('does not take two trips to different places for one event', async () => {
    const a = await tagged('Kanzler Jan Ott und Präsidentin Eva Lind reden. Ott reist am Montag nach Bremen.', 'a.txt');
    const b = await tagged('Kanzler Jan Ott und Präsidentin Eva Lind reden. Ott reist am Freitag nach Kiel.', 'b.txt');
    expect(alignArticles([a, b])[0]!.alignments.filter((x) => x.kind === 'event')).toEqual([]);
  });
});

describe('people and organisations on the tagged analysis', () => {
  const names = async (text: string): Promise<string[]> =>
    extractFacts(text, (await engine).analyze(text), { article: 'a.txt' }, germanFactRules).facts.flatMap((f) => (f.kind === 'person' || f.kind === 'organisation' ? [`${f.kind}:${f.name}`] : []));

  it('keeps a name whose later word ends like a noun, and takes no subordinator for a first name', async () => {
    const found = await names('Das sei ein Erfolg, erklärte Analystin Rachel Minyoung Lee in Washington. "Wenn Pjöngjang Hilfe bekommt, wird es stärker", sagte sie.');
    expect(found).toContain('person:Rachel Minyoung Lee');
    expect(found.some((n) => n.includes('Wenn'))).toBe(false);
  });

  it('reads a known surname beside a place as two mentions, and headline capitals as no acronyms', async () => {
    const found = await names('PRÄSIDENT SIEHT NEUE PHASE. Präsident Wladimir Putin kam an. Vorher hatte Putin Pjöngjang gedankt. Die NATO reagierte.');
    expect(found).toContain('person:Wladimir Putin');
    expect(found).toContain('organisation:NATO');
    expect(found.filter((n) => /Pjöngjang|SIEHT|PHASE|NEUE/.test(n))).toEqual([]);
  });
  it('takes a run of names that is a whole sentence for a label, not a person', async () => {
    const found = await names('Bürgermeisterin Anna Berg eröffnete die Brücke. Press Room Updates.');
    expect(found).toContain('person:Anna Berg');
    expect(found.filter((n) => /Press|Room|Updates/.test(n))).toEqual([]);
  });
});

describe('later descriptions of a person', () => {
  const mentions = async (text: string, name: string): Promise<string[]> => {
    const f = extractFacts(text, (await engine).analyze(text), { article: 'a.txt' }, germanFactRules).facts.find((x) => x.kind === 'person' && x.name === name);
    return f?.kind === 'person' ? f.mentions.map((m) => m.text) : [];
  };

  it('links a description in the role words the text gave', async () => {
    const text = 'Schwedens Regierungschef Lars Holm traf Finnlands Präsidentin Anna Berg. Der schwedische Regierungschef lobte die Gastgeberin. Die finnische Präsidentin dankte.';
    expect(await mentions(text, 'Lars Holm')).toContain('Der schwedische Regierungschef');
    expect(await mentions(text, 'Anna Berg')).toContain('Die finnische Präsidentin');
    expect(await mentions(text, 'Anna Berg')).not.toContain('Der schwedische Regierungschef');
  });

  it('links an epithet to the one person the text ties to its organisation', async () => {
    const text = 'Eva Roth traf am Montag Jan Ott. Nach Rathaus-Angaben sprach Roth über den Hafen. Die Rathaus-Chefin lobte den Plan.';
    expect(await mentions(text, 'Eva Roth')).toContain('Die Rathaus-Chefin');
    expect(await mentions(text, 'Jan Ott')).not.toContain('Die Rathaus-Chefin');
  });

  it('links no epithet where the text ties its organisation to two people', async () => {
    const text = 'Eva Roth traf am Montag Jan Ott. Nach Rathaus-Angaben sprachen Roth und Ott über den Hafen. Die Rathaus-Chefin lobte den Plan.';
    const all = [...(await mentions(text, 'Eva Roth')), ...(await mentions(text, 'Jan Ott'))];
    expect(all).not.toContain('Die Rathaus-Chefin');
  });

  it.each([
    ['the one person whose role compound the field opens', 'Agrarrechtler Ole Brandt kritisiert den Entwurf. Der Umweltminister Jan Ott verteidigt ihn. Das Gesetz sei falsch, schreibt der Professor für Agrarrecht.', 'Ole Brandt', 'der Professor'],
    ['a female description likewise', 'Die Verkehrsexpertin Mia Lind warnt vor dem Plan. Die Bahn sei zu langsam, sagt die Professorin für Verkehr.', 'Mia Lind', 'die Professorin'],
  ])('links a description by the field it names to %s', async (_, text, name, description) => {
    expect(await mentions(text, name)).toContain(description);
  });

  it.each([
    ['two people whose role compounds the field opens', 'Agrarrechtler Ole Brandt traf Agrarrechtler Jan Ott. Das Gesetz sei falsch, schreibt der Professor für Agrarrecht.', ['Ole Brandt', 'Jan Ott']],
    ['a field that opens nobody’s role', 'Agrarrechtler Ole Brandt traf Umweltminister Jan Ott. Das Gesetz sei falsch, schreibt der Professor für Verkehrsplanung.', ['Ole Brandt', 'Jan Ott']],
  ])('links no description by its field to %s', async (_, text, names) => {
    for (const name of names) expect((await mentions(text, name)).some((m) => m.includes('Professor'))).toBe(false);
  });

  it('links nothing where the role words fit nobody named before', async () => {
    const text = 'Außenministerin Karin Dahl reiste nach Rom. Der Präsident empfing sie dort.';
    expect((await mentions(text, 'Karin Dahl')).some((m) => m.includes('Präsident'))).toBe(false);
  });
});

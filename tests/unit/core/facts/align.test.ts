import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { alignArticles, groupStories } from '../../../../src/core/facts/12-align';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { Alignment, ArticleFacts } from '../../../../src/core/facts/types';
import { analyze } from './helpers';

const facts = (article: string, text: string, date = '2025-04-08'): ArticleFacts => extractFacts(text, analyze(text), { article, date, outlet: article }, germanFactRules);
const story = (...arts: ArticleFacts[]) => alignArticles(arts, germanFactRules);
const row = (alignments: Alignment[], kind: Alignment['kind'], topic: RegExp) => alignments.find((a) => a.kind === kind && topic.test(a.topic));

// Invented reports of one invented event (a depot fire in Meppen), in three outlets' words.
const fireA = facts('a', 'In einem Busdepot der Emsland Verkehrsbetriebe in Meppen hat es am Montag gebrannt. Bei dem Feuer wurden zwei Feuerwehrleute verletzt. Rund 120 Feuerwehrleute waren im Einsatz. Den Schaden schätzt die Polizei auf rund acht Millionen Euro. Das Unternehmen hat 300 Beschäftigte. Einsatzleiter Paul Brinkmann sagte: „Die Busse brannten wie Zunder.“ Brinkmann lobte die Helfer.');
const fireB = facts('b', 'Großbrand in Meppen: Im Busdepot der Emsland Verkehrsbetriebe standen am Montag zwölf Busse in Flammen. Zwei Feuerwehrleute wurden leicht verletzt. Mehr als 150 Feuerwehrleute bekämpften den Brand. Der Schaden liegt bei 8 Millionen Euro. Die Verkehrsbetriebe haben 300 Mitarbeiter. Feuerwehrchef Paul Brinkmann sagte: „Die Busse brannten wie Zunder.“ Die Polizei ermittelt zur Ursache des Feuers im Busdepot.');

describe('groupStories: reports of one event', () => {
  it('groups two reports of one event and keeps a text that shares only one common name apart', () => {
    const other = facts('c', 'Die USA und Kanada verhandeln über Zölle auf Stahl. Präsident Daniel Ruiz sagte in Ottawa, die Gespräche seien schwierig. Die Regierung in Washington will bis zum Sommer eine Einigung. Kanadische Stahlwerke fürchten um ihre Aufträge.');
    const fireUsa = facts('d', 'In einem Busdepot der Emsland Verkehrsbetriebe in Meppen hat es gebrannt. Die Busse stammen aus den USA. Zwei Feuerwehrleute wurden im Busdepot verletzt, berichtet die Polizei.');
    expect(groupStories([fireA, other, fireB, fireUsa], germanFactRules.stories).map((g) => g.sort())).toEqual([['a', 'b', 'd'], ['c']]);
  });

  it('keeps reports of one place apart when their dates lie weeks apart', () => {
    const later = facts('b', 'Großbrand in Meppen: Im Busdepot der Emsland Verkehrsbetriebe standen zwölf Busse in Flammen. Zwei Feuerwehrleute wurden leicht verletzt.', '2025-06-20');
    expect(groupStories([fireA, later], germanFactRules.stories)).toHaveLength(2);
  });

  it('follows the learner: a text moved out stands alone, a text moved in joins that story', () => {
    expect(groupStories([fireA, fireB], germanFactRules.stories, [{ article: 'b', with: null }])).toEqual([['a'], ['b']]);
    const other = facts('c', 'Die Stadt Lingen baut eine neue Brücke über die Ems. Sie soll im Herbst fertig sein.');
    expect(groupStories([fireA, fireB, other], germanFactRules.stories, [{ article: 'c', with: 'a' }])).toEqual([['a', 'b', 'c']]);
  });
});

describe('alignArticles: facts by what they mean', () => {
  const [s] = story(fireA, fireB);
  const al = s!.alignments;

  it('keeps injured and deployed firefighters apart, and finds the deployed figure disagreeing', () => {
    expect(row(al, 'number', /verletzt/)).toMatchObject({ verdict: 'agree', mentions: [{ wording: 'zwei Feuerwehrleute' }, { wording: 'Zwei Feuerwehrleute' }] });
    expect(row(al, 'number', /Einsatz/)).toMatchObject({ verdict: 'disagree', agree: false, mentions: [{ wording: 'Rund 120 Feuerwehrleute' }, { wording: 'Mehr als 150 Feuerwehrleute' }] });
  });

  it('takes a figure in words and one in digits, one with `rund` and one without, for the same sum', () => {
    expect(row(al, 'number', /Schaden/)?.verdict).toBe('agree');
  });

  it('lines up synonyms of the counted thing (Beschäftigte / Mitarbeiter)', () => {
    expect(row(al, 'number', /Beschäftigte/)?.mentions.map((m) => m.wording)).toEqual(['300 Beschäftigte', '300 Mitarbeiter']);
  });

  it('shows two roles of one person as a difference in wording, not a disagreement', () => {
    expect(row(al, 'role', /Paul Brinkmann/)).toMatchObject({ agree: true, verdict: 'wording' });
  });

  it('lines up the same quoted words', () => {
    expect(row(al, 'quote', /Busse brannten/)?.mentions).toHaveLength(2);
  });

  it('names the story by the people its reports share before places and organisations', () => {
    expect(s!.keyNames[0]).toBe('Paul Brinkmann');
  });

  it('claims no disagreement between different things', () => {
    expect(al.filter((a) => !a.agree).map((a) => a.topic)).toEqual([row(al, 'number', /Einsatz/)!.topic]);
  });

  it('keeps a count since a month apart from the total, and dates a signing by each report’s own date', () => {
    const a = facts('a', 'Die Stadtwerke Lingen und die Firma Ems Solar wollen am Dienstag einen Vertrag unterzeichnen. Die Stadtwerke haben 900 Mitarbeiter. Seit März haben 40 Mitarbeiter die Stadtwerke verlassen. Bürgermeister Jan Kuipers begrüßte den Vertrag mit Ems Solar.', '2025-04-07');
    const b = facts('b', 'Die Stadtwerke Lingen und Ems Solar unterzeichnen am Mittwoch einen Vertrag über Solarparks. Seit März haben 60 Mitarbeiter die Stadtwerke Lingen verlassen. Bürgermeister Jan Kuipers nannte den Vertrag mit Ems Solar einen guten Tag.', '2025-04-07');
    const [lingen] = story(a, b);
    const rows = lingen!.alignments;
    expect(row(rows, 'number', /seit/)).toMatchObject({ verdict: 'disagree', mentions: [{ wording: '40 Mitarbeiter' }, { wording: '60 Mitarbeiter' }] });
    expect(rows.filter((x) => x.kind === 'number')).toHaveLength(1);
    expect(row(rows, 'date', /Unterzeichnung/)).toMatchObject({ verdict: 'disagree', mentions: [{ wording: 'am Dienstag' }, { wording: 'am Mittwoch' }] });
  });
});

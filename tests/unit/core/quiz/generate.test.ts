import { describe, expect, it } from 'vitest';
import { generateQuiz, questionProblems } from '../../../../src/core/quiz';
import { defaultLanguage } from '../../../../src/core/languages';
import type { QuizArticle } from '../../../../src/core/quiz/types';
import { analyze } from '../facts/helpers';
import { engine } from '../engineFixture';

const article = (id: string, text: string, outlet: string | null = null): QuizArticle => ({ id, text, analysis: analyze(text), outlet });
/** A quiz of one text on the tagged analysis, with room for every question it allows. */
const taggedQuiz = async (text: string, seed: number) => generateQuiz([{ id: 'a.txt', text, analysis: (await engine).analyze(text) }], { seed, max: 60 }, defaultLanguage);

const STORY_A = [
  'Ministerpräsident Lars Holm ist am Dienstag zu einem Besuch in Oslo eingetroffen.',
  'Holm brachte nach Angaben der Regierung mehr als 11.000 Container mit Hilfsgütern mit.',
  'Begleitet wurde er von Außenministerin Karin Dahl und Verteidigungsminister Erik Berg.',
  '„Wir stehen an der Seite unserer Partner“, sagte Holm am Abend.',
  'Dahl erklärte, die Gespräche seien sehr offen gewesen.',
  'Zuletzt war ein Regierungschef vor 24 Jahren in der Stadt.',
  'Die Opposition kritisierte die Reise, weil sie drei Millionen Euro gekostet habe.',
].join(' ');
const STORY_B = [
  'Ministerpräsident Lars Holm hat Oslo besucht.',
  'Nach Angaben des Senders brachte Holm rund 10.000 Container mit.',
  'Außenministerin Karin Dahl sagte, man sei zufrieden.',
].join(' ');

describe('generateQuiz', () => {
  it('is deterministic for the same input and seed', () => {
    const run = () => JSON.stringify(generateQuiz([article('a.txt', STORY_A)], { seed: 7 }, defaultLanguage).questions);
    expect(run()).toBe(run());
  });

  it('asks a cross-source question for a number the outlets disagree on', () => {
    const quiz = generateQuiz([article('a.txt', STORY_A, 'taz'), article('b.txt', STORY_B, 'dpa')], { seed: 1 }, defaultLanguage);
    const cross = quiz.questions.filter((q) => q.type === 'cross-source');
    expect(cross.map((q) => q.prompt)).toEqual(['Welche Zahl nennt die taz für „Container mit Hilfsgütern“?']);
  });

  it('takes a story as the learner made it: a text moved into the story is aligned with it, not grouped apart again', () => {
    const moved = article('c.txt', 'Im Hafen wurden am Montag 9.000 Container mit Hilfsgütern verladen. Die Arbeiter waren bis in die Nacht beschäftigt.', 'Hafenblatt');
    const texts = [article('a.txt', STORY_A, 'taz'), article('b.txt', STORY_B, 'dpa'), moved];
    const together = (stories: { articles: string[] }[]) => stories.some((g) => g.articles.includes('a.txt') && g.articles.includes('c.txt'));
    expect(together(generateQuiz(texts, { seed: 1 }, defaultLanguage).facts.stories)).toBe(false);
    expect(together(generateQuiz(texts, { seed: 1, oneStory: true }, defaultLanguage).facts.stories)).toBe(true);
  });

  it.each([
    ['no sentences', '', 'Der Text enthält keine Sätze.'],
    ['only numbers', '12 34 56 78 90 1.000 2,5', 'Der Text enthält keine Sätze.'],
    ['non-German text', 'The quick brown fox jumps over the lazy dog. It was a sunny day in the park and everyone was happy.', 'Der Text scheint nicht deutsch zu sein.'],
  ])('gives an empty quiz with a reason for %s', (_name, text, reason) => {
    const quiz = generateQuiz([article('x.txt', text)], {}, defaultLanguage);
    expect(quiz.questions).toEqual([]);
    expect(quiz.reasons).toEqual([{ article: 'x.txt', reason }]);
  });

  it('refuses 5 MB of text with a reason instead of crashing', () => {
    const text = 'Der Hund bellt laut. '.repeat(250_000);
    const quiz = generateQuiz([{ id: 'big.txt', text, analysis: { sentences: [] } }], {}, defaultLanguage);
    expect(quiz.questions).toEqual([]);
    expect(quiz.reasons?.[0]?.reason).toBe('Der Text ist zu lang für ein Quiz.');
  });
});

describe('generateQuiz across outlets', () => {
  const tagged = async (id: string, text: string, outlet: string): Promise<QuizArticle> => ({ id, text, analysis: (await engine).analyze(text), outlet });

  it('asks a cross-source question for every disagreement the alignment finds, dates of one event included', async () => {
    const a = await tagged('a.txt', `${STORY_A} Holm unterzeichnete am Montag einen Vertrag.`, 'taz');
    const b = await tagged('b.txt', `${STORY_B} Holm unterzeichnete am Mittwoch einen Vertrag.`, 'dpa');
    const quiz = generateQuiz([a, b], { seed: 2, max: 6 }, defaultLanguage);
    const disagreements = quiz.facts.stories.flatMap((s) => s.alignments.filter((x) => !x.agree));
    expect(disagreements.map((d) => d.kind).sort()).toEqual(['event', 'number']);
    for (const d of disagreements) expect(quiz.questions.some((q) => q.type === 'cross-source' && q.prompt.includes(d.topic))).toBe(true);
    const when = quiz.questions.find((q) => q.type === 'cross-source' && q.prompt.startsWith('Welche Zeitangabe nennt die taz'));
    expect(when?.answer).toBe('am Montag');
    expect(when?.options).toEqual(expect.arrayContaining(['am Montag', 'am Mittwoch']));
  });
});

describe('generateQuiz: answers and distractors', () => {
  const quizOf = (text: string) => taggedQuiz(text, 4);

  it('does not take the genitive of a known name for a person', async () => {
    const quiz = await quizOf('Der Künstler Ai Weiwei kehrte nach Peking zurück. Die Wanzen hatte man während Ais Verschleppungshaft installiert. Ai Weiwei lachte darüber.');
    const names = quiz.facts.articles[0]!.facts.flatMap((f) => (f.kind === 'person' ? [f.name] : []));
    expect(names).toContain('Ai Weiwei');
    expect(names.some((n) => n.startsWith('Ais'))).toBe(false);
  });
});

describe('generateQuiz: number and name options', () => {
  const quizOf = (text: string) => taggedQuiz(text, 8);
  const TEXT = [
    'An der Grenze standen 20 bis 30 Soldaten, sagte Minister Jan Ott.',
    'Später kamen 38 Soldaten hinzu, und mehrere Abkommen wurden unterzeichnet.',
    'Präsidentin Kim Jong-un Lee traf Kim Jong Un Lee nicht. Die Armee schickte 400 Fahrzeuge.',
    'Copyright Thomson Reuters 2024. Click For Restrictions.',
  ].join(' ');

  it('takes no credit line for a person', async () => {
    const names = (await quizOf(TEXT)).facts.articles[0]!.facts.flatMap((f) => (f.kind === 'person' ? [f.name] : []));
    expect(names.filter((n) => /Copyright|Click/.test(n))).toEqual([]);
  });
});

describe('generateQuiz: only the body the reader shows', () => {
  it('asks nothing about the headline or its dateline, which the reader shows as the title', () => {
    const text = `Holm in Oslo eingetroffen Stand: 18.06.2024 21:44 Uhr\n\n${STORY_A}`;
    const quiz = generateQuiz([article('a.txt', text)], { seed: 1, max: 60 }, defaultLanguage);
    const bodyStart = text.indexOf('Ministerpräsident');
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.flatMap((q) => q.evidence).filter((e) => e.start < bodyStart)).toEqual([]);
  });
});

/** An invented report of about 300 words: lead, byline, subheadings, a rhetorical question, an idiom with a number, a photo credit. */
const REPORT = [
  'Neue Fähre verbindet Nordhafen mit der Insel Sandholm',
  'Von Petra Klee',
  'Nordhafen – Bürgermeisterin Mara Lind hat am Montag die neue Fährlinie zwischen Nordhafen und der Insel Sandholm eröffnet. Die Stadt kaufte dafür zwei Schiffe für zusammen 18 Millionen Euro. Jedes Schiff bietet Platz für 240 Fahrgäste und 30 Autos.',
  '„Wir haben fast zehn Jahre auf diesen Tag gewartet“, sagte Lind bei der Eröffnung im Hafen. Verkehrsminister Ole Brandt lobte das Projekt als Vorbild für andere Küstenorte. Brandt erklärte, das Land werde weitere Fährlinien an der Küste fördern.',
  'Lange Wartezeiten',
  'Bisher mussten die rund 3.400 Bewohner von Sandholm mit einem kleinen Boot übersetzen, das nur bei ruhiger See fuhr. Im Winter fiel die Verbindung oft tagelang aus. Wer wollte unter solchen Bedingungen auf der Insel wohnen bleiben? Nach Angaben der Gemeinde zogen seit dem Jahr 2015 fast 600 Menschen weg.',
  'Die Reederin Anna Roth leitet den Betrieb der neuen Linie. Roth sagte, die Schiffe würden im Sommer jede Stunde fahren und im Winter alle zwei Stunden. Eine einfache Fahrt kostet für Erwachsene vier Euro, Kinder fahren umsonst.',
  'Kritik an den Kosten',
  'Die Opposition im Stadtrat kritisierte die Ausgaben. Fraktionschef Jan Berg erklärte, das Geld hätte besser in Schulen gesteckt werden sollen. Nach seinen Angaben steigen die Schulden der Stadt in diesem Jahr um elf Prozent. Lind wies die Kritik zurück: Die Fähre sei für die Insel wichtiger als jedes andere Projekt.',
  'Die Werft in Südstadt hatte die beiden Schiffe im Jahr 2023 gebaut. Die Arbeiten dauerten 14 Monate. Ingenieur Karl Ott, der die Pläne gezeichnet hatte, war bei der Eröffnung dabei. Er sprach mit der Bürgermeisterin unter vier Augen über eine dritte Fähre.',
  'Ab dem 1. Juli soll zusätzlich ein Nachtschiff fahren. Die Stadt rechnet mit rund 250.000 Fahrgästen im ersten Jahr. Fast 90 Prozent der Inselbewohner hatten sich in einer Umfrage für die neue Linie ausgesprochen.',
  'Foto: Stadt Nordhafen',
].join('\n\n');

describe('generateQuiz: the chooser keeps what a strict teacher would hand out', () => {
  const quiz = async (text: string, seed = 1) => generateQuiz([{ id: 'a.txt', text, analysis: (await engine).analyze(text) }], { seed }, defaultLanguage);

  it.each([1, 2, 3])('seed %i: a 300-word report gets four to eight questions, one per sentence, the lead first, each valid', async (seed) => {
    const { questions } = await quiz(REPORT, seed);
    // Up to six, fewer where the acceptability model (quality.ts) finds a candidate less likely acceptable than not.
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeLessThanOrEqual(8);
    const sentences = questions.map((q) => q.evidence[0]!.start);
    expect(new Set(sentences).size).toBe(questions.length);
    // The lead paragraph states the main facts: the first question asks about it.
    const lead = REPORT.indexOf('Nordhafen – ');
    expect(sentences[0]!).toBeGreaterThanOrEqual(lead);
    expect(sentences[0]!).toBeLessThan(REPORT.indexOf('„Wir haben'));
    const texts = new Map([['a.txt', REPORT]]);
    for (const q of questions) {
      expect(questionProblems(q, texts)).toEqual([]);
      // Three options or more (true/false aside), none standing in the sentence shown.
      if (q.type !== 'true-false') expect(q.options!.length).toBeGreaterThanOrEqual(3);
      for (const o of q.options ?? []) if (o !== q.answer && q.type !== 'true-false') expect(q.evidence.map((e) => e.text).join(' ')).not.toContain(o);
    }
  });

  it.each([1, 2, 3])('seed %i: asks nothing of the byline, the subheadings, the photo credit, the rhetorical question or the idiom', async (seed) => {
    const { questions } = await quiz(REPORT, seed);
    const asked = questions.flatMap((q) => [q.prompt, ...q.evidence.map((e) => e.text), ...(q.options ?? [])]).join(' | ');
    for (const never of ['Petra Klee', 'Lange Wartezeiten', 'Kritik an den Kosten', 'Foto', 'Wer wollte', 'vier Augen']) expect(asked).not.toContain(never);
  });

  it('asks a thin text fewer questions', async () => {
    const thin = 'Bürgermeisterin Mara Lind hat am Montag die neue Fähre eröffnet. Die Stadt Nordhafen kaufte dafür zwei Schiffe für 18 Millionen Euro. Verkehrsminister Ole Brandt lobte das Projekt.';
    const { questions } = await quiz(thin);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(1);
  });

  it('asks nothing of a list, and says why', async () => {
    const list = ['Programm des Hafenfests', '10 Uhr Eröffnung durch Mara Lind', '11 Uhr Rundfahrt mit der Fähre', '12 Uhr Mittagessen im Zelt', '14 Uhr Konzert der Stadtkapelle', '16 Uhr Preisverleihung', '18 Uhr Feuerwerk am Kai'].join('\n');
    const result = await quiz(list);
    expect(result.questions).toEqual([]);
    expect(result.reasons).toEqual([{ article: 'a.txt', reason: 'Der Text ist eine Aufzählung, kein Bericht: Daraus lassen sich keine guten Fragen bilden.' }]);
  });

  it('asks nothing from the teaser before the dateline: the report says it again', async () => {
    const teaser = 'Die neue Brücke kostete 48 Millionen Euro. Bürgermeisterin Mara Lind ist zufrieden.';
    const report = [
      'Nordhafen – Die Stadt hat am Dienstag ihre neue Brücke über den Fluss eröffnet.',
      'Bürgermeisterin Mara Lind sprach vor rund 3500 Gästen von einem großen Tag.',
      'Der Bau dauerte nach Angaben der Stadtwerke 27 Monate und kostete 48 Millionen Euro.',
      '„Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.',
    ].join(' ');
    const text = `Brücke eröffnet\n\n${teaser} ${report}`;
    const quiz = await taggedQuiz(text, 1);
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(q.evidence[0]!.start, q.prompt).toBeGreaterThanOrEqual(text.indexOf('Nordhafen –'));
  });
});


describe('generateQuiz: one story in several reports', () => {
  it('asks an answer once however many reports of the story hold a gap for it', async () => {
    // `als Gastgeberin` tells the subject's gender, so the story's men are no options for `Wer hat … eröffnet?`, which
    // would take the short first report's one question.
    const reports = [
      'Bürgermeisterin Mara Lind hat am Montag als Gastgeberin die neue Fähre nach Südstadt eröffnet. Die Fähre kostete die Stadt Nordhafen 18 Millionen Euro. ' +
        'Verkehrsminister Ole Brandt lobte das Projekt der Stadt. Die Pläne für die Fähre zeichnete Professor Jan Berg im Auftrag der Stadt.',
      'Die Stadt Nordhafen hat eine neue Fähre nach Südstadt in Betrieb genommen. Für das Schiff zahlte die Stadt 18 Millionen Euro an die Werft. ' +
        'Eröffnet wurde die Linie von Bürgermeisterin Mara Lind. Professor Jan Berg hatte die Fähre für die Werft entworfen.',
    ];
    const articles = await Promise.all(reports.map(async (text, i) => ({ id: `r${i}.txt`, text, analysis: (await engine).analyze(text) })));
    const asked = (as: QuizArticle[]) => generateQuiz(as, { seed: 1, max: 60 }, defaultLanguage).questions.filter((q) => q.type !== 'cross-source').map((q) => `${q.type} ${q.answer}`);
    const each = [...asked([articles[0]!]), ...asked([articles[1]!])];
    expect(each.length - new Set(each).size, 'each report alone asks some answer the other asks too').toBeGreaterThan(0);
    const both = asked(articles);
    expect(new Set(both).size).toBe(both.length);
  });
});

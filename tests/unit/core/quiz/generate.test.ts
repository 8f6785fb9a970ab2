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
  it('asks questions of several types that pass the validator checks', () => {
    const a = article('a.txt', STORY_A);
    const quiz = generateQuiz([a], { seed: 1 }, defaultLanguage);
    const texts = new Map([[a.id, a.text]]);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    for (const q of quiz.questions) expect(questionProblems(q, texts)).toEqual([]);
  });

  it('asks who said a quote and what role a person has', () => {
    const quiz = generateQuiz([article('a.txt', STORY_A)], { seed: 3, max: 40 }, defaultLanguage);
    const whoSaid = quiz.questions.find((q) => q.type === 'who-said' && ['Lars Holm', 'Holm', 'Dahl', 'Karin Dahl'].includes(q.answer));
    expect(whoSaid?.options?.length).toBeGreaterThanOrEqual(2);
    const role = quiz.questions.find((q) => q.type === 'role' && q.prompt.includes('Karin Dahl'));
    expect(role?.answer).toBe('Außenministerin');
    // distractors agree in form with the answer: female role nouns only
    expect(role?.options?.every((o) => o.endsWith('in'))).toBe(true);
  });

  it('is deterministic for the same input and seed', () => {
    const run = () => JSON.stringify(generateQuiz([article('a.txt', STORY_A)], { seed: 7 }, defaultLanguage).questions);
    expect(run()).toBe(run());
  });

  it('asks a cross-source question for a number the outlets disagree on', () => {
    const quiz = generateQuiz([article('a.txt', STORY_A, 'taz'), article('b.txt', STORY_B, 'dpa')], { seed: 1 }, defaultLanguage);
    const cross = quiz.questions.filter((q) => q.type === 'cross-source');
    expect(cross.map((q) => q.prompt)).toContain('Welche Zahl nennt taz für „Container mit Hilfsgütern“?');
    expect(cross.some((q) => q.prompt.startsWith('Worin unterscheiden sich'))).toBe(true);
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
    const when = quiz.questions.find((q) => q.type === 'cross-source' && q.prompt.startsWith('Welche Zeitangabe nennt taz'));
    expect(when?.answer).toBe('am Montag');
    expect(when?.options).toEqual(expect.arrayContaining(['am Montag', 'am Mittwoch']));
  });
});

describe('generateQuiz: answers and distractors', () => {
  const quizOf = (text: string) => taggedQuiz(text, 4);

  it('names the person in apposition as the speaker and never offers the same person twice', async () => {
    const quiz = await quizOf([
      'Die Stadt Kiel baut eine Schule um. Bürgermeisterin Anna Berg lobte den Plan am Montag.',
      '„Wir haben gemeinsam mit der Stadt einen guten Weg gefunden“, sagte der ausführende Produzent, Jan Ott, am Abend.',
      'Kommissar Olaf Lenz ermittelt dort seit Jahren.',
    ].join(' '));
    const q = quiz.questions.find((x) => x.type === 'who-said');
    expect(q?.answer).toBe('Jan Ott');
    expect(q?.options).not.toContain('der ausführende Produzent');
  });

  it('asks a year with the years around it', async () => {
    const quiz = await quizOf('Erst Anfang 2015 erlaubte die Regierung dem Künstler, in China auszustellen. Er bekam seinen Pass zurück. Seitdem reist er viel. Der Künstler Jan Ott lebt in Berlin.');
    const q = quiz.questions.find((x) => x.answer === '2015' && x.options);
    expect(q?.options?.every((o) => Math.abs(Number(o) - 2015) <= 3)).toBe(true);
  });

  it('does not take the genitive of a known name for a person', async () => {
    const quiz = await quizOf('Der Künstler Ai Weiwei kehrte nach Peking zurück. Die Wanzen hatte man während Ais Verschleppungshaft installiert. Ai Weiwei lachte darüber.');
    const names = quiz.facts.articles[0]!.facts.flatMap((f) => (f.kind === 'person' ? [f.name] : []));
    expect(names).toContain('Ai Weiwei');
    expect(names.some((n) => n.startsWith('Ais'))).toBe(false);
  });
});

describe('generateQuiz: prompts that read as German', () => {
  const quizOf = (text: string) => taggedQuiz(text, 5);

  it('keeps the article before an adjective role and asks for an institution as a word, not a name', async () => {
    const quiz = await quizOf([
      'Der junge König, Felipe Ramos, empfing am Montag den Minister Jan Ott.',
      'Die Regierung lehnte den Plan ab, die Partei stimmte zu.',
      'Der Sender berichtete am Abend darüber, die Zeitung am nächsten Tag.',
      'Felipe Ramos sagte, der Plan sei gut.',
    ].join(' '));
    const prompts = quiz.questions.map((q) => q.prompt);
    expect(prompts).toContain('Wer ist laut dem Text der junge König?');
    const institution = quiz.questions.filter((q) => q.type === 'cloze' && ['Regierung', 'Partei', 'Zeitung', 'Sender'].includes(q.answer));
    expect(institution.length).toBeGreaterThan(0);
    for (const q of institution) expect(q.prompt.startsWith('Welches Wort fehlt im Satz?')).toBe(true);
  });

  it('offers no other phrase for the same day as a wrong date', async () => {
    const quiz = await quizOf('Die Ergebnisse vom Sonntag liegen vor. Am Sonntag gewann Jan Ott das Rennen. Am Freitag war er Zweiter. Am Montag reiste er ab.');
    const asked = quiz.questions.filter((x) => x.type === 'date' && x.answer === 'vom Sonntag');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.options).not.toContain('am Sonntag');
  });
});

describe('generateQuiz: sources that are not speakers', () => {
  const quizOf = (text: string) => taggedQuiz(text, 6);
  const TEXT = [
    'Über 100 Nutzer verklagen den Hersteller Jan Ott GmbH in Kalifornien.',
    'Laut der Klage sei das Gerät nach dem Update kaum noch zu gebrauchen gewesen.',
    'Dem Konzern wird irreführende Werbung für das neue Gerät vorgeworfen.',
    'Laut dem Werbetext bringe das Update eine längere Laufzeit für den Akku.',
    'Der Anwalt Tom Berg sagte, man werde vor Gericht gewinnen.',
  ].join(' ');

  it('asks what a framed statement relies on, with the source in its bare form', async () => {
    const q = (await quizOf(TEXT)).questions.find((x) => x.type === 'who-said' && x.prompt.includes('kaum noch zu gebrauchen'));
    expect(q?.prompt.startsWith('Worauf beruft sich der Text')).toBe(true);
    expect(q?.answer).toBe('Klage');
  });

  it('asks no "who" question about a dative opening', async () => {
    const prompts = (await quizOf(TEXT)).questions.map((x) => x.prompt);
    expect(prompts.some((p) => p.startsWith('Wer wird irreführende Werbung'))).toBe(false);
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

  it('moves both ends of a range and asks no vague amount', async () => {
    const quiz = await quizOf(TEXT);
    const range = quiz.questions.find((q) => q.type === 'number' && q.answer === '20 bis 30');
    expect(range?.options?.every((o) => /^\d+ bis \d+$/.test(o) && Number(o.split(' bis ')[0]) < Number(o.split(' bis ')[1]))).toBe(true);
    expect(quiz.questions.some((q) => q.type === 'number' && q.answer.toLowerCase() === 'mehrere')).toBe(false);
  });

  it('takes no credit line for a person', async () => {
    const names = (await quizOf(TEXT)).facts.articles[0]!.facts.flatMap((f) => (f.kind === 'person' ? [f.name] : []));
    expect(names.filter((n) => /Copyright|Click/.test(n))).toEqual([]);
  });
});

describe('generateQuiz: who a framed source is', () => {
  const quizOf = (text: string) => taggedQuiz(text, 9);

  it('asks for the genitive after the frame noun, never for a pronoun or a described person', async () => {
    const quiz = await quizOf([
      'Nach Angaben der Feuerwehr brannte das große Lagerhaus in der Nacht völlig aus.',
      'Ihm zufolge sei der Schaden sehr hoch gewesen, sagte Bürgermeister Jan Ott.',
      'Der örtliche Bürgermeister sagte später, die Stadt werde den Betroffenen schnell helfen.',
      'Polizeisprecherin Eva Lind erklärte, die Ursache sei noch unklar.',
    ].join(' '));
    const whoSaid = quiz.questions.filter((q) => q.type === 'who-said');
    expect(whoSaid.find((q) => q.prompt.includes('Lagerhaus'))?.answer).toBe('Feuerwehr');
    for (const q of whoSaid) expect(q.options?.some((o) => /^(Ihm|Der örtliche Bürgermeister|Angaben)/.test(o))).toBe(false);
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

describe('generateQuiz: more kinds from numbers', () => {
  const TEXT = [
    'Die Stadt Kiel kaufte im Frühjahr 40 Busse für den Nahverkehr.',
    'Die Kläger fordern mehr als fünf Millionen Euro Schadenersatz.',
    'Am Ende blieben den Nutzern nur zwei Möglichkeiten.',
    'Über 100 Nutzer schlossen sich der Klage an.',
  ].join(' ');

  it('asks how many of a counted thing with its noun in the nominative plural, and number words with their neighbours', async () => {
    const quiz = await taggedQuiz(TEXT, 3);
    const howMany = quiz.questions.find((q) => q.prompt === 'Wie viele Busse nennt der Text?' || q.prompt === 'Wie viele Möglichkeiten nennt der Text?');
    expect(howMany?.type).toBe('multiple-choice');
    const words = quiz.questions.find((q) => q.answer === 'fünf Millionen');
    expect(words?.options).toEqual(expect.arrayContaining(['vier Millionen', 'sechs Millionen']));
  });

  it('asks once which of three statements is true: one as written, two made false', async () => {
    const quiz = await taggedQuiz(TEXT, 3);
    const which = quiz.questions.filter((q) => q.prompt === 'Welche dieser Aussagen stimmt laut dem Text?');
    expect(which).toHaveLength(1);
    expect(TEXT).toContain(which[0]!.answer);
    expect(which[0]!.options!.filter((o) => TEXT.includes(o))).toEqual([which[0]!.answer]);
    expect(which[0]!.evidence).toHaveLength(3);
  });
});

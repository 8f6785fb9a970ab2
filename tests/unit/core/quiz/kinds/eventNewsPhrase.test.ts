import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../../../src/core/quiz';
import { eventNewsPhrase } from '../../../../../src/core/quiz/kinds/eventNewsPhrase';
import { engine } from '../../engineFixture';
import { ask, lang, line } from './helpers';

/** After the lead: other bodies the story names (each a compound that says whose: not a bare `die Polizei`), and people of the plural. */
const BODIES = [
  'Die Stadtregierung in Nordhafen prüft die Pläne noch.',
  'Die Wasserschutzpolizei meldete am Abend keine Zwischenfälle.',
  'Auch die Landtagsfraktion äußerte sich.',
].join(' ');
const PEOPLE = [
  'Die Ärzte am Hafen sprachen von einer ruhigen Nacht.',
  'Die Polizisten hielten die Straßen frei.',
  'Viele Touristen blieben in ihren Hotels.',
].join(' ');

describe('the main news where a common noun says who acted', () => {
  it.each([
    ['a body as the subject: who did it is the answer, the other bodies the options',
      `Kiel – Die Hafenbehörde hat den Bau eines neuen Terminals genehmigt. ${BODIES}`,
      'Wer hat den Bau eines neuen Terminals genehmigt? → die Hafenbehörde', ['die Hafenbehörde', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['a plural subject: the verb in the singular `Wer` takes',
      `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES}`,
      'Wer hat einen Streik im Hafen angekündigt? → die Hafengewerkschaften', ['die Hafengewerkschaften', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['counted people, a word as general as `Männer` (`Zwei Männer wurden … festgenommen`): the options take the count too',
      `Kiel – Zwei Männer sind am Montag in Nordhafen festgenommen worden. ${PEOPLE}`,
      'Wer ist am Montag in Nordhafen festgenommen worden? → zwei Männer', ['zwei Männer', 'zwei Polizisten', 'zwei Touristen', 'zwei Ärzte']],
    ['a body with the indefinite article: other bodies keep their definite one (`die Wasserschutzpolizei`, never `eine Wasserschutzpolizei`)',
      `Kiel – Ein Landgericht hat den Bürgermeister von Nordhafen zu einer Geldstrafe verurteilt. ${BODIES}`,
      'Wer hat den Bürgermeister von Nordhafen zu einer Geldstrafe verurteilt? → ein Landgericht', ['ein Landgericht', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['`diesjährig` is this year\'s, no word pointing to another sentence as `diese` is',
      `Kiel – Die Hafenbehörde hat die diesjährige Hafenmesse in Nordhafen eröffnet. ${BODIES}`,
      'Wer hat die diesjährige Hafenmesse in Nordhafen eröffnet? → die Hafenbehörde', ['die Hafenbehörde', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['a strong verb whose vowel changes in the singular',
      `Kiel – Die Hafengewerkschaften nehmen an den Gesprächen über den Hafen teil. ${BODIES}`,
      'Wer nimmt an den Gesprächen über den Hafen teil? → die Hafengewerkschaften', ['die Hafengewerkschaften', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['the object first, the subject after the verb',
      `Kiel – Einen Streik im Hafen befürchten die Bauern. ${PEOPLE}`,
      'Wer befürchtet einen Streik im Hafen? → die Bauern', ['die Ärzte', 'die Bauern', 'die Polizisten', 'die Touristen']],
    ['a possessive that would tell the answer (`ihre Pläne`: a woman\'s, a body\'s, or many\'s) written as the article',
      `Kiel – Die Hafenbehörde hat ihre Pläne für ein neues Terminal geändert. ${BODIES}`,
      'Wer hat die Pläne für ein neues Terminal geändert? → die Hafenbehörde', ['die Hafenbehörde', 'die Landtagsfraktion', 'die Wasserschutzpolizei', 'die Stadtregierung']],
    ['a time first, the subject after the verb, people of the answer\'s number',
      `Kiel – Am Montag haben die Bauern den Hafen von Nordhafen blockiert. ${PEOPLE}`,
      'Wer hat am Montag den Hafen von Nordhafen blockiert? → die Bauern', ['die Ärzte', 'die Bauern', 'die Polizisten', 'die Touristen']],
  ])('%s', async (_, text, expected, options) => {
    const questions = await ask(eventNewsPhrase, text);
    expect(questions.map(line)).toEqual([expected]);
    expect([...questions[0]!.options!].sort()).toEqual([...options].sort());
  });

  it.each([
    ['a thing, not people or a body, did it', `Kiel – Der Sturm hat den Hafen von Nordhafen verwüstet. ${BODIES}`],
    ['a modal: what they want, not what happened', `Kiel – Die Hafenbehörde will den Bau eines neuen Terminals genehmigen. ${BODIES}`],
    ['a clause that goes on after a comma', `Kiel – Die Hafenbehörde hat den Bau genehmigt, den die Reeder lange gefordert hatten. ${BODIES}`],
    ['a word that points to another sentence', `Kiel – Die Hafenbehörde hat dort den Bau eines neuen Terminals genehmigt. ${BODIES}`],
    ['a demonstrative that points to another sentence', `Kiel – Die Hafenbehörde hat diesen Bau eines neuen Terminals genehmigt. ${BODIES}`],
    ['a body as bare as `die Polizei` (which one?): no one the reader must tell from the others', `Kiel – Die Polizei hat am Montag den Hafen von Nordhafen geräumt. ${BODIES}`],
    ['the event of a clause the lead\'s verb governs, not the lead\'s own', `Kiel – Die Stadtregierung teilte mit, dass die Hafenbehörde den Bau eines neuen Terminals genehmigt hat. ${BODIES}`],
    ['a word so general it may be another phrase for the answer', `Kiel – Der Konzern hat den Bau eines neuen Terminals beschlossen. ${BODIES}`],
    ['people as general as `Männer` without a count', `Kiel – Die Männer sind am Montag in Nordhafen festgenommen worden. ${PEOPLE}`],
    ['a bracket in the clause', `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen von Nordhafen (NH) angekündigt. ${BODIES}`],
    ['too few others of its kind for options', 'Kiel – Die Hafenbehörde hat den Bau eines neuen Terminals genehmigt. Die Reeder sind zufrieden.'],
  ])('nothing where %s', async (_, text) => {
    expect((await ask(eventNewsPhrase, text)).map(line)).toEqual([]);
  });

  it('offers no option that a sentence names beside the answer, nor the answer under a shorter word (`Anwälte` for `Rechtsanwälte`)', async () => {
    const text = `Kiel – Die Rechtsanwälte haben eine Klage gegen den Hafen eingereicht. Die Anwälte der Stadt wiesen sie zurück. ${PEOPLE}`;
    const [q] = await ask(eventNewsPhrase, text);
    expect(q?.options).not.toContain('die Anwälte');
    expect([...q!.options!].sort()).toEqual(['die Ärzte', 'die Polizisten', 'die Rechtsanwälte', 'die Touristen'].sort());
  });
});

describe('options of the main news', () => {
  it('are the story\'s actors, not every body it names (`ins Kreiskrankenhaus`)', async () => {
    const text = `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES} Ein Arbeiter kam in das Kreiskrankenhaus.`;
    for (let seed = 1; seed <= 4; seed++) expect((await ask(eventNewsPhrase, text, seed))[0]!.options).not.toContain('das Kreiskrankenhaus');
    const actor = `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. Das Kreiskrankenhaus bleibt offen. Die Wasserschutzpolizei meldete keine Zwischenfälle.`;
    expect([...(await ask(eventNewsPhrase, actor))[0]!.options!].sort()).toEqual(['das Kreiskrankenhaus', 'die Hafengewerkschaften', 'die Wasserschutzpolizei']);
  });

  it('offers nobody another sentence says did the same (`Auch die Wasserschutzpolizei kündigte … an`): a second right answer', async () => {
    const text = `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES} Auch die Reeder kündigten Proteste an.`;
    const sameAct = `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES} Auch die Wasserschutzpolizei kündigte Kontrollen an.`;
    expect((await ask(eventNewsPhrase, text))[0]!.options).toContain('die Wasserschutzpolizei');
    expect((await ask(eventNewsPhrase, sameAct))[0]!.options).not.toContain('die Wasserschutzpolizei');
  });

  it('offers no people the answer names among others (`Polizisten` are `Sicherheitskräfte`), nor one office under two words (`Staatschefs`, `Regierungschefs`)', async () => {
    const forces = `Kiel – Sicherheitskräfte haben am Montag den Hafen von Nordhafen geräumt. ${PEOPLE} Die Soldaten blieben in der Kaserne.`;
    const [q] = await ask(eventNewsPhrase, forces);
    expect([...q!.options!].sort()).toEqual(['Sicherheitskräfte', 'Touristen', 'Ärzte'].sort());
    const heads = 'Kiel – Zwölf Regierungschefs haben am Montag in Nordhafen über den Hafen beraten. Zwölf Staatschefs kamen nicht. Viele Touristen sahen zu. Die Ärzte am Hafen hatten Dienst. Die Studenten demonstrierten.';
    expect([...(await ask(eventNewsPhrase, heads))[0]!.options!].sort()).toEqual(['zwölf Regierungschefs', 'zwölf Studenten', 'zwölf Touristen', 'zwölf Ärzte'].sort());
  });

  it('never offers one body under two words, one ending in the other (`die Stadtregierung`, `die Regierung`), nor a body as bare as `die Regierung` (judged: which one?)', async () => {
    const text = `Kiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES} Die Regierung schweigt. Die Polizei meldete keine Zwischenfälle.`;
    for (let seed = 1; seed <= 8; seed++) {
      const [q] = await ask(eventNewsPhrase, text, seed);
      expect(q!.options).not.toContain('die Regierung');
      expect(q!.options).not.toContain('die Polizei');
      expect(q!.options!.filter((o) => o.endsWith('regierung') || o.endsWith('Regierung')).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('the quiz asks such news first', () => {
  it('a thin text with one clear news fact and no figure or name to ask gets a question on that fact', async () => {
    const text = `Hafen wird bestreikt\n\nKiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES}`;
    const quiz = generateQuiz([{ id: 'a.txt', text, analysis: (await engine).analyze(text) }], { seed: 1 }, lang);
    expect(quiz.questions.map(line)).toEqual(['Wer hat einen Streik im Hafen angekündigt? → die Hafengewerkschaften']);
  });

  it('a lead whose common-noun subject acted becomes the first question, its subject the answer', async () => {
    const text = `Streik im Hafen angekündigt\n\nKiel – Die Hafengewerkschaften haben einen Streik im Hafen angekündigt. ${BODIES} Der Streik soll am 3. Mai 2024 beginnen und drei Tage dauern.`;
    const quiz = generateQuiz([{ id: 'a.txt', text, analysis: (await engine).analyze(text) }], { seed: 1 }, lang);
    expect(quiz.questions.map(line)[0]).toBe('Wer hat einen Streik im Hafen angekündigt? → die Hafengewerkschaften');
  });
});

import { describe, expect, it } from 'vitest';
import { factsOf, generateQuiz } from '../../../../../src/core/quiz';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { engine } from '../../engineFixture';
import { ask, lang, line } from './helpers';

/** After the lead: three other women the story names, the answer's rivals. */
const REST = [
  'Ministerpräsidentin Lena Dahl empfing sie am Flughafen.',
  'Begleitet wurde sie von Außenministerin Karin Falk.',
  'Zuletzt war Bürgermeisterin Mara Lind im Jahr 2019 in Oslo gewesen.',
].join(' ');

describe('questions on the main news of the lead', () => {
  it.each([
    ['the lead asked who did it, the agent the answer', `Kiel – Die schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. ${REST}`, ['Wer ist zu einem Besuch in Norwegen eingetroffen? → Anna Berg']],
    ['a verb of demanding with its object is news too', `Die schwedische Ministerin Anna Berg fordert neue Regeln für den Fischfang. ${REST}`, ['Wer fordert neue Regeln für den Fischfang? → Anna Berg']],
    ['a party in brackets after the name says who, not what she did', `Die schwedische Ministerin Anna Berg (SAP) fordert neue Regeln für den Fischfang. ${REST}`, ['Wer fordert neue Regeln für den Fischfang? → Anna Berg']],
    ['nothing of a modal (what she wants, not what happened)', `Die schwedische Ministerin Anna Berg will in Norwegen ein Abkommen unterschreiben. ${REST}`, []],
    ['nothing of what came before the news (the past perfect)', `Die schwedische Ministerin Anna Berg hatte den Besuch in Norwegen angekündigt. ${REST}`, []],
    ['the main clause of a lead that goes on after a comma (`../clause.ts`)', `Die schwedische Ministerin Anna Berg ist in Norwegen eingetroffen, wo sie zwei Tage bleibt. ${REST}`, ['Wer ist in Norwegen eingetroffen? → Anna Berg']],
    ['the main clause before a subordinate clause', `Die schwedische Ministerin Anna Berg hat in Oslo ein Abkommen über den Fischfang unterschrieben, nachdem die Gespräche zwei Jahre gedauert hatten. ${REST}`, ['Wer hat in Oslo ein Abkommen über den Fischfang unterschrieben? → Anna Berg']],
    ['a lead in reported speech with its reporter named', `Die schwedische Ministerin Anna Berg hat in Oslo ein Abkommen über den Fischfang unterschrieben, berichtete die Zeitung Nordblatt. ${REST}`, ['Wer hat laut der Zeitung Nordblatt in Oslo ein Abkommen über den Fischfang unterschrieben? → Anna Berg']],
    ['nothing of a lead in the subjunctive of reported speech', `Die schwedische Ministerin Anna Berg habe in Oslo ein Abkommen über den Fischfang unterschrieben, berichtete die Zeitung Nordblatt. ${REST}`, []],
    ['nothing of a lead whose actor is a pronoun', `Sie hat in Oslo ein Abkommen über den Fischfang unterschrieben, nachdem die Gespräche zwei Jahre gedauert hatten. ${REST}`, []],
    ['a relative clause closing the sentence left out: it says more of a noun, not what happened', `Die schwedische Ministerin Anna Berg startet ein neues Programm für Fischer, das sich an kleine Betriebe richtet. ${REST}`, ['Wer startet ein neues Programm für Fischer? → Anna Berg']],
    ['its pronoun read as an article by the tagger', `Die schwedische Ministerin Anna Berg startet ein neues Programm für Fischer, die kleine Boote haben. ${REST}`, ['Wer startet ein neues Programm für Fischer? → Anna Berg']],
    ['the first where a clause of its own follows the comma', `Die schwedische Ministerin Anna Berg startet ein neues Programm für Fischer, der Fang geht zurück. ${REST}`, ['Wer startet ein neues Programm für Fischer? → Anna Berg']],
    ['the statement a clause before a colon announces', `Am Montag war es so weit: Die schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. ${REST}`, ['Wer ist zu einem Besuch in Norwegen eingetroffen? → Anna Berg']],
    ['nothing that points to another sentence', `Die schwedische Ministerin Anna Berg ist dort zu einem Besuch eingetroffen. ${REST}`, []],
    ['nothing of a clause with a slip of case (`mit den neuen Regierung`): the question would copy it', `Die schwedische Ministerin Anna Berg hat mit den neuen Regierung ein Abkommen unterschrieben. ${REST}`, []],
    ['a possessive of hers in the dative written as the article: `ihrem` would tell the answer', `Die schwedische Ministerin Anna Berg hat in Oslo ihrem Kollegen einen Plan für den Fischfang vorgelegt. ${REST}`, ['Wer hat in Oslo dem Kollegen einen Plan für den Fischfang vorgelegt? → Anna Berg']],
    ['nothing of the event of a clause the lead\'s verb governs: it is not the lead\'s own news', `Die Ministerin Eva Horn teilte mit, dass die schwedische Ministerin Anna Berg in Norwegen eingetroffen ist. ${REST}`, []],
    ['nothing of a forecast (`voraussichtlich`)', `Die schwedische Ministerin Anna Berg trifft voraussichtlich zu einem Besuch in Norwegen ein. ${REST}`, []],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(eventNews, text);
    expect(questions.map(line)).toEqual(expected);
    // The answer among the other women the story names: `Die … Ministerin` says who may be meant.
    for (const q of questions) expect([...q.options!].sort()).toEqual(['Anna Berg', 'Karin Falk', 'Lena Dahl', 'Mara Lind']);
  });

  it('offers no common words read as a name (`Offiziellen Angaben zufolge …`): they are nobody, and two people are too few to ask', async () => {
    const text = 'Der Fischereiminister Ole Brandt ist zu einem Besuch in Norwegen eingetroffen. Offiziellen Angaben zufolge sind nur noch geringe Vorräte an Hering vorhanden. Bürgermeister Lars Holm empfing ihn am Hafen.';
    expect(await ask(eventNews, text)).toEqual([]);
    const q = (await ask(eventNews, `${text} Staatssekretär Jonas Falk begleitete ihn.`)).find((x) => x.answer === 'Ole Brandt');
    expect([...q!.options!].sort()).toEqual(['Jonas Falk', 'Lars Holm', 'Ole Brandt']);
  });

  it('offers nobody a sentence names beside the answer where the story has others: they may have shared the news (`Begleitet wurde Berg von …`)', async () => {
    const text = `Die schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. Begleitet wurde Berg von Staatssekretärin Eva Horn. ${REST}`;
    const q = (await ask(eventNews, text)).find((x) => x.answer === 'Anna Berg');
    expect([...q!.options!].sort()).toEqual(['Anna Berg', 'Karin Falk', 'Lena Dahl', 'Mara Lind']);
  });

  it('offers nobody a sentence says did the same in other words (`unterzeichneten ebenfalls`): each would be a second right answer', async () => {
    const text = 'Die schwedische Ministerin Anna Berg hat in Oslo ein Abkommen über den Fischfang unterschrieben. Außenministerin Karin Falk und Bürgermeisterin Mara Lind unterzeichneten ebenfalls. Ministerpräsidentin Lena Dahl empfing sie am Flughafen. Staatssekretärin Eva Horn lobte das Abkommen.';
    const q = (await ask(eventNews, text)).find((x) => x.answer === 'Anna Berg');
    expect([...q!.options!].sort()).toEqual(['Anna Berg', 'Eva Horn', 'Lena Dahl']);
  });

  it('offers those a sentence names beside the answer where the story has no others (`… muss gegen Falk gewinnen`)', async () => {
    const text = 'Die schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. Berg traf dort Ministerpräsidentin Lena Dahl und Außenministerin Karin Falk.';
    const q = (await ask(eventNews, text)).find((x) => x.answer === 'Anna Berg');
    expect([...q!.options!].sort()).toEqual(['Anna Berg', 'Karin Falk', 'Lena Dahl']);
  });

  it('asks no side event far from the lead', async () => {
    const text = `Die Fischer der Küste fangen weniger Dorsch als im Vorjahr. Die Preise steigen seit Monaten. Die Häfen melden leere Kais. Der Handel klagt. Die schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. ${REST}`;
    expect((await ask(eventNews, text)).map(line)).toEqual([]);
  });
});

describe('the quiz asks the main news first', () => {
  it('a thin text with one clear news fact gets a question on it, first', async () => {
    const text = `Anna Berg in Norwegen eingetroffen\n\nDie schwedische Ministerin Anna Berg ist zu einem Besuch in Norwegen eingetroffen. ${REST}`;
    const quiz = generateQuiz([{ id: 'a.txt', text, analysis: (await engine).analyze(text) }], { seed: 1 }, lang);
    expect(quiz.questions.map(line)[0]).toBe('Wer ist zu einem Besuch in Norwegen eingetroffen? → Anna Berg');
  });
});

describe('an actor the headline names first', () => {
  it.each([
    ['a woman the lead names again is asked and her rivals offered', 'Anna Berg gewinnt Rennen in Kiel', `Die schwedische Läuferin Anna Berg hat am Sonntag das Rennen in Kiel gewonnen. ${REST}`, 'Wer hat am Sonntag das Rennen in Kiel gewonnen? → Anna Berg'],
    ['as the lead\'s surname only', 'Anna Berg siegt in Kiel', `Die schwedische Läuferin Anna Berg hat am Sonntag das Rennen in Kiel gewonnen. Berg lief allen davon. ${REST}`, 'Wer hat am Sonntag das Rennen in Kiel gewonnen? → Anna Berg'],
  ])('%s', async (_, headline, body, expected) => {
    const text = `${headline}\n\n${body}`;
    const article = { id: 'a.txt', text, analysis: (await engine).analyze(text) };
    const facts = factsOf([article], lang);
    const ctx = { article, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
    const questions = eventNews.ask(ctx);
    expect(questions.map(line)).toEqual([expected]);
    for (const q of questions) expect([...q.options!].sort()).toEqual(['Anna Berg', 'Karin Falk', 'Lena Dahl', 'Mara Lind']);
  });
});

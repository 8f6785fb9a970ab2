import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../../../../src/core/quiz/kinds/whoSaid';
import type { EntityFact, QuoteFact, TextSpan } from '../../../../../src/core/facts/types';
import type { Question, QuizContext } from '../../../../../src/core/quiz';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { articleOf, ask, lang, line } from './helpers';

const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete die Brücke. Verkehrsminister Ole Brandt lobte den Bau. Die Pläne zeichnete Direktorin Anna Roth.';
/** A second speaker's words: who-said is asked only where the text quotes two speakers. */
const ROTH = 'Roth sagte, die Pläne seien nach zwei langen Jahren endlich fertig geworden.';
/** The questions not about Roth's words. */
const notRoth = (qs: Question[]): Question[] => qs.filter((q) => q.answer !== 'Anna Roth');

describe('who-said questions', () => {
  it.each([
    ['a direct quote, answered with the full name', `${PEOPLE} „Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.`, 'Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind'],
    ['reported speech', `${PEOPLE} Brandt erklärte, das Land werde weitere Brücken bauen.`, 'Wer sagte laut dem Text, das Land werde weitere Brücken bauen? → Ole Brandt'],
    // Words in the speaker's first person whose quotation marks the text lost are shown as said, in marks and capitalised.
    ['unmarked words in the first person before their cue', `${PEOPLE} Wir haben lange auf diesen Tag gewartet, betonte Lind bei der Feier.`, 'Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind'],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(whoSaid, `${text} ${ROTH}`);
    expect(questions.map(line)).toContain(expected);
    const q = questions.find((x) => line(x) === expected)!;
    // People only, each by the full name, and the evidence names the speaker.
    expect(q.options!.sort()).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
    expect(q.evidence.map((e) => e.text).join(' ')).toContain(q.answer);
  });

  it.each([
    ['a quote of fewer than four words', `${PEOPLE} „Sehr schön“, sagte Lind.`],
    ['a pronoun as the only source', `${PEOPLE} Ihm zufolge sei der Bau sehr teuer gewesen.`],
    ['a source that is no person or organisation', `${PEOPLE} Laut dem Gutachten hält die neue Brücke hundert Jahre.`],
    ['a rhetorical question', `${PEOPLE} „Wer hätte gedacht, dass wir das schaffen?“, fragte Lind.`],
    ['a quote that names its speaker', `${PEOPLE} „Eine Lind gibt niemals auf“, sagte Lind.`],
    ['a quote that carries its own cue (cut wrong)', `${PEOPLE} „Wir haben keine Zeit zu verlieren, sagte sie, die Stadt wartet auf diese Brücke“, schrieb Lind.`],
    ['a quote a spokesman said for the minister', `${PEOPLE} „Die Brücke wird im Mai fertig gebaut sein“, sagte ein Sprecher von Verkehrsminister Ole Brandt.`],
    ['a quote two speakers share', `${PEOPLE} Lind und Brandt betonten, die Brücke werde im Mai für den Verkehr freigegeben.`],
    ['a quote that answers the sentence before (`Das sei eine Lüge`)', `${PEOPLE} Lind sagte am Montag, das sei eine Lüge der Opposition im Rat.`],
    ['a quote that opens with the writer\'s interjection', `${PEOPLE} „Bloß: Die Brücke kostet die Stadt viel mehr als geplant“, sagte Lind.`],
    ['a sentence no verb of saying credits to the name before it', `${PEOPLE} Lind sprach am Morgen im Rathaus. „Die Stadt braucht dringend eine zweite Brücke über den Fluss.“`],
    ['reported words that open with their verb (cut after `Nach den Worten von`)', `${PEOPLE} Nach den Worten von Brandt beraten die Länder derzeit über weitere Brücken im Norden.`],
    ['reported words that open with a verb the tagger reads as an adjective (`beraten` before `die Länder`)', `${PEOPLE} Nach den Worten von Verkehrsminister Ole Brandt beraten die Länder derzeit auch über eine Umstrukturierung der Schulden der Stadt.`],
    ['a relative clause taken for reported speech', `${PEOPLE} Lind verwies auf den Gipfel im Herbst, bei dem die Frage der Kosten ein wichtiges Thema sein werde.`],
    ['what the speaker denied (`bestritt, dass …`: asked as said, it turns the claim around)', `${PEOPLE} Brandt bestritt am Montag, dass die Brücke viel zu teuer gewesen sei.`],
    ['what the speaker denied in a report (`dementierte`)', `${PEOPLE} Lind dementierte, die Stadt werde die Brücke im Winter schließen.`],
    ['an infinitive taken for reported speech', `${PEOPLE} Es ist schade, dass Brandt nicht die Möglichkeit anbietet, mehrere Brücken gleichzeitig zu bauen.`],
  ])('asks nothing about %s', async (_, text) => {
    expect(notRoth(await ask(whoSaid, `${text} ${ROTH}`)).map(line)).toEqual([]);
  });

  it('asks nothing in a text that is one speaker\'s voice (an interview: the answer is known)', async () => {
    const text = `Bürgermeisterin Mara Lind eröffnete die Brücke. „Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier. Lind erklärte, die Stadt werde weitere Brücken bauen. „Die nächste Brücke kommt schon im Herbst“, sagte Lind. Verkehrsminister Ole Brandt und Direktorin Anna Roth waren dabei.`;
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
    // The same quotes with another speaker's words beside them are asked.
    expect((await ask(whoSaid, `${text} ${ROTH}`)).map((q) => q.answer)).toContain('Mara Lind');
  });

  it.each([
    ['an interview whose answers stand unmarked, in the first person', 'Bürgermeisterin Mara Lind eröffnete die Brücke. „Die Brücke war teurer als geplant“, sagte Lind bei der Feier. Ich bin sehr stolz auf diese Stadt. Wir bauen im Herbst eine zweite Brücke. Die Kosten tragen wir selbst. Verkehrsminister Ole Brandt und Direktorin Anna Roth waren dabei.'],
    ['a portrait of its speaker, their words credited to nobody else', 'Bürgermeisterin Mara Lind ist seit zwölf Jahren im Amt. Lind wuchs in Nordhafen auf. „Die Brücke war teurer als geplant“, sagte Lind bei der Feier. Dazu die Bürgermeisterin: „Die Stadt braucht eine zweite Brücke im Süden.“ Lind will im Herbst wieder antreten. Verkehrsminister Ole Brandt und Direktorin Anna Roth waren dabei.'],
  ])('asks nothing in %s (its one voice is known before reading)', async (_, text) => {
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
  });

  it('shows the sentence that writes the speaker\'s full name where their first mention is the surname alone', async () => {
    // A headline's `Lind will …` can be the entity's first span (the tagger typed it alone); the answer must stand in the evidence.
    const text = 'Lind will eine zweite Brücke. Bürgermeisterin Mara Lind eröffnete die Brücke. „Wir haben lange auf diesen Tag gewartet“, sagte Lind. Minister Ole Brandt und Professor Jan Berg kamen. Direktorin Anna Roth sprach. „Die Stadt braucht eine zweite Brücke“, sagte Roth.';
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const lind: EntityFact = { ...person('Bürgermeisterin', 'Mara Lind'), span: at('Lind'), mentions: [at('Mara Lind')] };
    const quoted = (words: string, cue: string, name: string, sentence: number): QuoteFact => {
      const span = at(`${words}, ${cue}`);
      const said = at(cue);
      return { id: name, kind: 'quote', span, evidence: span, sentence, quote: { type: 'direct', quote: at(words), speaker: { start: said.start + 6, end: said.end, text: cue.slice(6) }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: cue.slice(6), sentence } };
    };
    const facts = [lind, person('Minister', 'Ole Brandt'), person('Professor', 'Jan Berg'), person('Direktorin', 'Anna Roth'), quoted('„Wir haben lange auf diesen Tag gewartet“', 'sagte Lind', 'q1', 2), quoted('„Die Stadt braucht eine zweite Brücke“', 'sagte Roth', 'q2', 5)];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const q = whoSaid.ask(ctx).find((x) => x.answer === 'Mara Lind');
    expect(q?.evidence.map((e) => e.text)).toContain('Bürgermeisterin Mara Lind eröffnete die Brücke.');
  });

  it('asks a report that quotes one speaker, offering the others it gives a role', async () => {
    const report = `${PEOPLE} Die Brücke kostete zwölf Millionen Euro. Sie ist 300 Meter lang. „Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.`;
    const q = (await ask(whoSaid, report)).find((x) => x.answer === 'Mara Lind');
    expect(q && line(q)).toBe('Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind');
    expect(q!.options!.sort()).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
  });

  it('offers nobody beside one speaker whom the text quotes elsewhere, credited there or not (they may say the same)', async () => {
    const text = 'Bürgermeisterin Mara Lind eröffnete die Brücke. „Wir haben lange auf diesen Tag gewartet“, sagte Lind. Minister Ole Brandt und Professor Jan Berg kamen. Direktorin Anna Roth sprach. „Die Stadt braucht eine zweite Brücke“.';
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const lind = at('„Wir haben lange auf diesen Tag gewartet“, sagte Lind.');
    const said = at('sagte Lind');
    const credited: QuoteFact = {
      id: 'q1', kind: 'quote', span: lind, evidence: lind, sentence: 1,
      quote: { type: 'direct', quote: at('„Wir haben lange auf diesen Tag gewartet“'), speaker: { start: said.start + 6, end: said.end, text: 'Lind' }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: 'Lind', sentence: 1 },
    };
    // Roth's words with no verb of saying beside them: no question of their own, but hers all the same.
    const words = at('„Die Stadt braucht eine zweite Brücke“');
    const uncredited: QuoteFact = { id: 'q2', kind: 'quote', span: words, evidence: words, sentence: 4, quote: { type: 'direct', quote: words, speaker: at('Anna Roth'), cue: null, speakerName: 'Anna Roth', sentence: 4 } };
    const facts = [person('Bürgermeisterin', 'Mara Lind'), person('Minister', 'Ole Brandt'), person('Professor', 'Jan Berg'), person('Direktorin', 'Anna Roth'), credited, uncredited];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const questions = whoSaid.ask(ctx);
    expect(questions.map(line)).toEqual(['Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind']);
    expect(questions[0]!.options!.sort()).toEqual(['Jan Berg', 'Mara Lind', 'Ole Brandt']);
  });
});

describe('who-said between two quoted people', () => {
  it('asks nothing where only two names can be offered (one is guessed from the other)', async () => {
    const text = 'Trainer Jan Ott und Trainer Olaf Lenz trafen sich vor dem Spiel in Nordhafen. „Wir wollen heute unbedingt gewinnen“, sagte Ott vor dem Anpfiff. Lenz erklärte, seine Mannschaft sei gut vorbereitet.';
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
    // A third person of the text makes the question.
    const third = `${text} Schiedsrichterin Eva Groß leitete die Partie.`;
    const q = (await ask(whoSaid, third)).find((x) => x.prompt.includes('Wir wollen heute unbedingt gewinnen'));
    expect(q?.answer).toBe('Jan Ott');
    expect(q!.options!.sort()).toEqual(['Eva Groß', 'Jan Ott', 'Olaf Lenz']);
  });

  it('shows a quote inside the quote in single marks, its marks paired', async () => {
    const text = `${PEOPLE} „Wir sagen „Ja“ zu dieser Brücke und zu jeder weiteren“, sagte Lind. ${ROTH}`;
    const q = (await ask(whoSaid, text)).find((x) => x.answer === 'Mara Lind');
    expect(q?.prompt).toBe('Wer sagte laut dem Text: „Wir sagen ‚Ja‘ zu dieser Brücke und zu jeder weiteren“?');
  });

  it('shows no prompt with a quotation mark left open (a long quote cut inside the quote it cites)', async () => {
    const long = '„Wir haben dem Rat schon im Winter gesagt: „Die Brücke kommt erst, sobald der Rat den Plan für den Bau, die Kosten und die Zufahrten beschlossen hat und das Land endlich zahlt“, und dabei bleibt es“, sagte Lind.';
    const questions = await ask(whoSaid, `${PEOPLE} ${long} ${ROTH}`);
    expect(questions.map((q) => q.answer)).toContain('Anna Roth');
    for (const q of questions) expect(q.prompt.match(/[„‚]/gu)?.length, q.prompt).toBe(q.prompt.match(/[“‘]/gu)?.length);
  });

  it('offers people in one form: no title before a name beside plain names (`Prof. Berg` beside `Ole Brandt`)', async () => {
    const text = 'Bürgermeisterin Mara Lind eröffnete die Brücke. „Wir haben lange auf diesen Tag gewartet“, sagte Lind. Minister Ole Brandt und Prof. Berg kamen. Direktorin Anna Roth sprach. „Die Pläne sind nach zwei Jahren endlich fertig“, sagte Roth.';
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const quoteOf = (id: string, words: string, who: string): QuoteFact => {
      const said = at(`sagte ${who}`);
      const sentence = at(`${words}, sagte ${who}.`);
      return { id, kind: 'quote', span: sentence, evidence: sentence, sentence: 1, quote: { type: 'direct', quote: at(words), speaker: { start: said.start + 6, end: said.end, text: who }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: who, sentence: 1 } };
    };
    const facts = [person('Bürgermeisterin', 'Mara Lind'), person('Minister', 'Ole Brandt'), person('Direktorin', 'Anna Roth'), person('Prof.', 'Prof. Berg'), quoteOf('q1', '„Wir haben lange auf diesen Tag gewartet“', 'Lind'), quoteOf('q2', '„Die Pläne sind nach zwei Jahren endlich fertig“', 'Roth')];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const questions = whoSaid.ask(ctx);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.options!.sort(), line(q)).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
  });

  it('asks no quote a body is credited with (a statement, not anyone\'s words), and offers no body beside people', async () => {
    const text = 'Die Firma Nordbahn kündigte Züge an. „Die Züge fahren ab Juni über die neue Brücke“, sagte Nordbahn. Die Firmen Westbahn und Ostbahn prüfen den Bau. „Wir haben lange auf diesen Tag gewartet“, sagte Lind. Bürgermeisterin Mara Lind und Minister Ole Brandt kamen. „Die Pläne sind nach zwei Jahren endlich fertig“, sagte Roth. Direktorin Anna Roth sprach.';
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const entity = (kind: EntityFact['kind'], name: string, role: string | null): EntityFact => ({ id: name, kind, name, role: role ? at(role) : null, mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const quoteOf = (id: string, words: string, who: string): QuoteFact => {
      const said = at(`sagte ${who}`);
      const sentence = at(`${words}, sagte ${who}.`);
      return { id, kind: 'quote', span: sentence, evidence: sentence, sentence: 1, quote: { type: 'direct', quote: at(words), speaker: { start: said.start + 6, end: said.end, text: who }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: who, sentence: 1 } };
    };
    const facts = [
      entity('organisation', 'Nordbahn', null), entity('organisation', 'Westbahn', null), entity('organisation', 'Ostbahn', null),
      entity('person', 'Mara Lind', 'Bürgermeisterin'), entity('person', 'Ole Brandt', 'Minister'), entity('person', 'Anna Roth', 'Direktorin'),
      quoteOf('q0', '„Die Züge fahren ab Juni über die neue Brücke“', 'Nordbahn'), quoteOf('q1', '„Wir haben lange auf diesen Tag gewartet“', 'Lind'), quoteOf('q2', '„Die Pläne sind nach zwei Jahren endlich fertig“', 'Roth'),
    ];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const questions = whoSaid.ask(ctx);
    expect(questions.map((q) => q.answer).sort()).toEqual(['Anna Roth', 'Mara Lind']);
    for (const q of questions) expect(q.options!.sort(), line(q)).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
  });

  it('asks no such pair when the other is a body, not a person', async () => {
    const text = 'Die Zeitung Nordkurier berichtete über die Brücke in Nordhafen. „Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeisterin Mara Lind bei der Feier.';
    expect((await ask(whoSaid, text)).filter((q) => q.options!.length < 3)).toEqual([]);
  });

  it('takes no phrase of common nouns for a speaker (`laut Medienberichten Informationen über …`), as answer or option', async () => {
    const mara = '„Die Brücke wird im Sommer für alle Autos und Räder geöffnet“, sagte Lind.';
    const cut = '„Wir bauen die Brücke schneller als geplant und billiger als erwartet“, sagte Medienberichten Informationen am Mittwoch.';
    const text = `${PEOPLE} Laut Medienberichten Informationen über die Kosten seien geheim, sagte Brandt am Dienstag. ${mara} ${cut}`;
    const questions = await ask(whoSaid, text);
    expect(questions.map((q) => q.answer)).toContain('Mara Lind');
    for (const q of questions) expect(q.options, line(q)).not.toContain('Medienberichten Informationen');
  });

  it('credits no quote to another person for a particle (`von`) the two names share', async () => {
    const text = 'Präsidentin Ursula von der Leyen besuchte Nordhafen. „Wir werden den Familien das Warten erleichtern“, sagt die Ärztin Lea Sommer von ADRA. Bürgermeisterin Mara Lind und Minister Ole Brandt kamen auch. „Die Familien bekommen im Mai eine neue Unterkunft“, sagte Brandt.';
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const sentence = at('„Wir werden den Familien das Warten erleichtern“, sagt die Ärztin Lea Sommer von ADRA.');
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const quote: QuoteFact = {
      id: 'q', kind: 'quote', span: sentence, evidence: sentence, sentence: 1,
      quote: { type: 'direct', quote: at('„Wir werden den Familien das Warten erleichtern“'), speaker: at('die Ärztin Lea Sommer von ADRA'), cue: at('sagt'), speakerName: 'Ärztin Lea Sommer von ADRA', sentence: 1 },
    };
    // A second speaker, so the text is no one person's interview.
    const brandt = at('„Die Familien bekommen im Mai eine neue Unterkunft“, sagte Brandt.');
    const said = at('sagte Brandt');
    const second: QuoteFact = {
      id: 'q2', kind: 'quote', span: brandt, evidence: brandt, sentence: 3,
      quote: { type: 'direct', quote: at('„Die Familien bekommen im Mai eine neue Unterkunft“'), speaker: { start: said.start + 6, end: said.end, text: 'Brandt' }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: 'Brandt', sentence: 3 },
    };
    const facts = [person('Präsidentin', 'Ursula von der Leyen'), person('Ärztin', 'Lea Sommer'), person('Bürgermeisterin', 'Mara Lind'), person('Minister', 'Ole Brandt'), quote, second];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const answers = whoSaid.ask(ctx).map((q) => q.answer);
    expect(answers).not.toContain('Ursula von der Leyen');
    expect(answers).toContain('Lea Sommer');
  });
});

describe('who-said of reported speech that tells the speaker\'s gender', () => {
  const CAST = 'Bürgermeisterin Mara Lind eröffnete die Brücke. Verkehrsminister Ole Brandt lobte den Bau. Direktorin Anna Roth zeichnete die Pläne. Professor Jan Berg leitete die Arbeiten. Ingenieurin Eva Falk prüfte die Pfeiler.';

  it('offers only women where the reported clause says `sie könne` or `ihre` of the speaker', async () => {
    const text = `${CAST} Lind erklärte, sie könne sich eine zweite Brücke über den Fluss gut vorstellen. Brandt sagte, das Land werde weitere Brücken bauen.`;
    const q = (await ask(whoSaid, text)).find((x) => x.answer === 'Mara Lind');
    expect(q?.prompt).toBe('Wer sagte laut dem Text, sie könne sich eine zweite Brücke über den Fluss gut vorstellen?');
    expect(q!.options!.sort()).toEqual(['Anna Roth', 'Eva Falk', 'Mara Lind']);
  });

  it('asks nothing where the clause\'s `er` is not the speaker\'s gender', async () => {
    const text = `${CAST} Lind erklärte, er habe die Pläne für die Brücke nie gesehen. Brandt sagte, das Land werde weitere Brücken bauen.`;
    expect((await ask(whoSaid, text)).map(line).filter((l) => l.includes('nie gesehen'))).toEqual([]);
  });
});

describe('who-said prompts cut where a clause ends', () => {
  it('cuts a long quote where a sentence of it ends, never inside one', async () => {
    const words = '„Wir haben im kommenden Jahr sehr viel vor. Das Land baut weitere Brücken über den breiten Fluss im Norden der Stadt, wenn der Bund die Kosten dafür trägt und die Planung der neuen Straßen bezahlt“';
    const q = (await ask(whoSaid, `${PEOPLE} ${words}, sagte Brandt. ${ROTH}`)).find((x) => x.answer === 'Ole Brandt');
    expect(q?.prompt).toBe('Wer sagte laut dem Text: „Wir haben im kommenden Jahr sehr viel vor“?');
  });

  it('asks nothing where no clause of long reported speech ends within the prompt\'s length', async () => {
    const long = 'das Land werde im kommenden Jahr und in den darauf folgenden Jahren sehr viele weitere Brücken über den breiten Fluss im Norden der Stadt bauen, wenn der Bund die Kosten trage';
    expect((await ask(whoSaid, `${PEOPLE} Brandt erklärte, ${long}. ${ROTH}`)).filter((x) => x.answer === 'Ole Brandt')).toEqual([]);
  });
});

describe('who-said of reported speech that ends in words in quotation marks', () => {
  it('keeps the closing mark of the words it quotes (the prompt\'s quote was left open)', async () => {
    const q = (await ask(whoSaid, `${PEOPLE} Lind erklärte, die Brücke sei „ein großer Tag für die Stadt“. ${ROTH}`)).find((x) => x.answer === 'Mara Lind');
    expect(q?.prompt).toBe('Wer sagte laut dem Text, die Brücke sei „ein großer Tag für die Stadt“?');
  });
});

describe('who-said options', () => {
  it('offers nobody the words name (`…, dass Roth die Richtige sei`: nobody says that of themselves)', async () => {
    const text = `${PEOPLE} Brandt erklärte, dass Roth die Richtige für den Bau der Brücke sei. Lind sagte, die Stadt werde weitere Brücken bauen. Professor Jan Berg leitete die Arbeiten.`;
    const q = (await ask(whoSaid, text)).find((x) => x.answer === 'Ole Brandt');
    expect(q?.options?.sort()).toEqual(['Jan Berg', 'Mara Lind', 'Ole Brandt']);
  });
});

describe('who-said of a person the text first names without a role and then quotes by the surname', () => {
  it.each([
    ['a first name the lists do not know (`Ilkka Vaarama`)', 'Ilkka Vaarama kam ohne Krawatte in den Saal.', '„Wir brauchen eine Brücke für alle Menschen im Norden“, sagte Vaarama.', 'Ilkka Vaarama'],
    ['a given name of two words (`Tiiu Mari Kask`)', 'Tiiu Mari Kask kam ohne Krawatte in den Saal.', 'Kask erklärte, die Stadt brauche bald eine zweite Brücke über den Fluss.', 'Tiiu Mari Kask'],
  ])('asks who said it: %s', async (_, intro, said, who) => {
    const q = (await ask(whoSaid, `${intro} ${PEOPLE} ${said} ${ROTH}`)).find((x) => x.answer === who);
    expect(q?.options?.length).toBe(4);
    expect(q!.evidence.map((e) => e.text).join(' ')).toContain(who);
  });
});

describe('who-said of reported speech that goes on from the sentence before', () => {
  const SAID = 'Brandt sagte am Montag, die Brücke sei teurer als geplant gewesen.';
  const ON = 'Die Stadt müsse nun beim Bau der Schulen im Norden sparen.';
  const onwards = async (text: string): Promise<string[]> => (await ask(whoSaid, `${PEOPLE} ${text} ${ROTH}`)).filter((q) => q.prompt.includes('Schulen')).map(line);

  it('asks it of the speaker the verb of saying before credits, showing both sentences; not where that is the author\'s guess', async () => {
    const q = (await ask(whoSaid, `${PEOPLE} ${SAID} ${ON} ${ROTH}`)).find((x) => x.prompt.includes('Schulen'));
    expect(q && line(q)).toBe('Wer sagte laut dem Text, die Stadt müsse nun beim Bau der Schulen im Norden sparen? → Ole Brandt');
    expect(q!.evidence.map((e) => e.text).join(' ')).toMatch(/Die Stadt müsse nun.*Brandt sagte am Montag/su);
    // A name the sentence before gives without a verb of saying, words a sentence apart from it, what goes on from a
    // denial, and from a sentence that names another person beside the speaker (either may go on).
    expect(await onwards(`Die Brücke sei teurer als geplant gewesen, sagte Brandt nach einem Treffen mit Lind. ${ON}`)).toEqual([]);
    expect(await onwards(`Brandt besuchte am Montag die Baustelle im Norden der Stadt. ${ON}`)).toEqual([]);
    expect(await onwards(`${SAID} Der Bau begann im Jahr 2020. ${ON}`)).toEqual([]);
    expect(await onwards(`Brandt bestritt am Montag, dass die Brücke teurer als geplant gewesen sei. ${ON}`)).toEqual([]);
  });
});

describe('who-said options in a report that quotes one person', () => {
  const SAID = '„Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.';

  it('offers the others it names where too few have a role, and those with a role where enough have one', async () => {
    const text = `Bürgermeisterin Mara Lind eröffnete die Brücke in Nordhafen. Die Brücke kostete zwölf Millionen Euro. Ole Brandt und Anna Roth hatten die Pläne gezeichnet. ${SAID}`;
    const q = (await ask(whoSaid, text)).find((x) => x.answer === 'Mara Lind');
    expect(q && line(q)).toBe('Wer sagte laut dem Text: „Wir haben lange auf diesen Tag gewartet“? → Mara Lind');
    expect(q!.options!.sort()).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
    const roles = `${PEOPLE.replace('Die Pläne zeichnete', 'Jan Berg und')} Die Brücke kostete zwölf Millionen Euro. ${SAID}`;
    const r = (await ask(whoSaid, roles)).find((x) => x.answer === 'Mara Lind');
    expect(r!.options!.sort()).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
  });

  it('offers no name that opens with a word the text uses as a common noun (`Zeitschrift Nordblick`: a body)', async () => {
    const text = `${PEOPLE} Die Zeitschrift Nordblick berichtete über die Brücke. ${SAID}`;
    const article = await articleOf(text);
    const at = (s: string): TextSpan => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length, text: s });
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const said = at('sagte Lind');
    const sentence = at(SAID);
    const quote: QuoteFact = {
      id: 'q', kind: 'quote', span: sentence, evidence: sentence, sentence: 4,
      quote: { type: 'direct', quote: at('„Wir haben lange auf diesen Tag gewartet“'), speaker: { start: said.start + 6, end: said.end, text: 'Lind' }, cue: { start: said.start, end: said.start + 5, text: 'sagte' }, speakerName: 'Lind', sentence: 4 },
    };
    // The tagger's slip: the magazine typed a person, its common noun glued on.
    const facts = [person('Bürgermeisterin', 'Mara Lind'), person('Verkehrsminister', 'Ole Brandt'), person('Direktorin', 'Anna Roth'), person('Die', 'Zeitschrift Nordblick'), quote];
    const ctx: QuizContext = { article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts };
    const questions = whoSaid.ask(ctx);
    expect(questions.map((q) => q.answer)).toEqual(['Mara Lind']);
    expect(questions[0]!.options!.sort()).toEqual(['Anna Roth', 'Mara Lind', 'Ole Brandt']);
  });
});

describe('who-said in an interview whose answers are labelled with the name', () => {
  it('asks nothing where two answers or more open with the speaker\'s surname and a colon', async () => {
    const text = `${PEOPLE} Nordblick: Wie geht es weiter? Lind: Der Bau beginnt im Mai. Nordblick: Und die Kosten? Lind: Die trägt das Land allein. Die Brücke ist 300 Meter lang und kostet zwölf Millionen Euro. Sie führt über den Fluss. ${'„Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.'}`;
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
  });

  it('asks words credited to a pronoun where the sentence before names that one person, and shows that sentence', async () => {
    const said = 'Die neue Brücke ist ein Gewinn für die ganze Region, sagte er dort.';
    const q = (await ask(whoSaid, `${PEOPLE} Brandt reiste am Montag nach Nordhafen. ${said} ${ROTH}`)).find((x) => x.answer === 'Ole Brandt');
    // In the indicative before its cue, the words are shown as said, in marks (`Wer sagte, die Brücke ist …?` is no German).
    expect(q && line(q)).toBe('Wer sagte laut dem Text: „Die neue Brücke ist ein Gewinn für die ganze Region“? → Ole Brandt');
    expect(q!.evidence.map((e) => e.text)).toContain('Brandt reiste am Montag nach Nordhafen.');
  });

  it('asks nothing credited to a pronoun where the words before it name two people (either may be meant)', async () => {
    const text = `${PEOPLE} Brandt und Lind reisten am Montag nach Nordhafen. Die neue Brücke ist ein Gewinn für die ganze Region, sagte er dort. ${ROTH}`;
    expect(notRoth(await ask(whoSaid, text)).map(line)).toEqual([]);
  });

  it('credits nobody named in the genitive (`Zu Linds Vorschlag meint Brandt`: Lind owns the plan, Brandt speaks)', async () => {
    const text = `${PEOPLE} Zu Linds Vorschlag meint Brandt, dass die Stadt eine zweite Brücke brauche. ${ROTH}`;
    const article = await articleOf(text);
    const at = (x: string): TextSpan => ({ start: article.text.indexOf(x), end: article.text.indexOf(x) + x.length, text: x });
    const person = (role: string, name: string): EntityFact => ({ id: name, kind: 'person', name, role: at(role), mentions: [], span: at(name), evidence: at(name), sentence: 0 });
    const sentence = at('Zu Linds Vorschlag meint Brandt, dass die Stadt eine zweite Brücke brauche.');
    // Spans inside that sentence (`Brandt` stands earlier in the text too).
    const inSentence = (x: string): TextSpan => ({ start: sentence.start + sentence.text.indexOf(x), end: sentence.start + sentence.text.indexOf(x) + x.length, text: x });
    const quote = (speaker: string, name: string): QuoteFact => ({
      id: speaker, kind: 'quote', span: sentence, evidence: sentence, sentence: 3,
      quote: { type: 'indirect', quote: inSentence('dass die Stadt eine zweite Brücke brauche'), speaker: inSentence(speaker), cue: inSentence('meint'), speakerName: name, sentence: 3 },
    });
    const people = [person('Bürgermeisterin', 'Mara Lind'), person('Verkehrsminister', 'Ole Brandt'), person('Direktorin', 'Anna Roth')];
    const askWith = (f: QuoteFact): string[] => {
      const facts = [...people, f];
      return whoSaid.ask({ article, facts: { article: article.id, date: null, outlet: null, facts }, lang, rand: mulberry32(1), story: facts }).map((q) => q.answer);
    };
    expect(askWith(quote('Linds', 'Lind'))).toEqual([]);
    expect(askWith(quote('Brandt', 'Ole Brandt'))).toEqual(['Ole Brandt']);
  });

  it('shows reported words in the subjunctive as reported, not in marks, where they open the sentence before their cue', async () => {
    const text = `${PEOPLE} Die neue Brücke sei ein Gewinn für die ganze Region, sagte Brandt am Montag. ${ROTH}`;
    expect((await ask(whoSaid, text)).map(line)).toContain('Wer sagte laut dem Text, die neue Brücke sei ein Gewinn für die ganze Region? → Ole Brandt');
  });

  it('offers nobody the text names only in brackets (the reporter\'s byline, an aside)', async () => {
    const report = 'Bürgermeisterin Mara Lind eröffnete die Brücke. Verkehrsminister Ole Brandt lobte den Bau. Die Brücke kostete zwölf Millionen Euro. „Wir haben lange auf diesen Tag gewartet“, sagte Lind bei der Feier.';
    const options = async (text: string): Promise<string[] | undefined> => (await ask(whoSaid, text)).find((x) => x.answer === 'Mara Lind')?.options?.sort();
    // Two names besides the byline's: too few to ask.
    expect(await options(`${report} Der Bau dauerte zwei Jahre. (Eva Falk aus Nordhafen, 6.6.2015)`)).toBeUndefined();
    // Named in the story, she is offered.
    expect(await options(`${report} Reporterin Eva Falk war dabei.`)).toEqual(['Eva Falk', 'Mara Lind', 'Ole Brandt']);
  });
});

describe('who-said of a speaker named by role, the name given after words that qualify the role', () => {
  const HOLM = 'Die Brücke sei für alle Lastwagen sicher, sagte der Leiter der Abteilung Brückenbau im Amt der Stadt, Jonas Holm.';

  it('credits the words to the name that closes the role\'s phrase (`sagte der Leiter … im Amt der Stadt, Jonas Holm.`)', async () => {
    const q = (await ask(whoSaid, `${PEOPLE} ${HOLM}`)).find((x) => x.answer === 'Jonas Holm');
    expect(q && line(q)).toBe('Wer sagte laut dem Text, die Brücke sei für alle Lastwagen sicher? → Jonas Holm');
    expect(q!.evidence.map((e) => e.text)).toEqual([HOLM]);
  });

  it('credits nobody named after a person the words between name (`mit ihrem Kollegen, Jonas Holm`: the colleague)', async () => {
    const text = `${PEOPLE} Die Brücke sei für alle Lastwagen sicher, sagte die Leiterin des Bauamts nach dem Treffen mit ihrem Kollegen, Jonas Holm.`;
    expect((await ask(whoSaid, text)).map(line)).toEqual([]);
  });
});

describe('who-said of a speaker the cue describes (`sagte der 52-Jährige`, `der Norweger`)', () => {
  const SAID = '„Die neue Brücke ist ein Gewinn für die ganze Region“, sagte';
  it.each([
    ['an age', 'Brandt reiste am Montag nach Nordhafen.', 'der 52-Jährige', 'Ole Brandt'],
    ['an origin', 'Brandt reiste am Montag nach Nordhafen.', 'der Norweger', 'Ole Brandt'],
    ['a woman by her age among men named since', 'Lind traf am Montag in Nordhafen den Kollegen Brandt.', 'die 48-Jährige', 'Mara Lind'],
    ['beside a woman and a group described, not named', 'Brandt dankte in Nordhafen seiner Frau und den Helfern.', 'der 52-Jährige', 'Ole Brandt'],
  ])('credits the one person named right before who fits %s, and shows that sentence', async (_, naming, speaker, answer) => {
    const q = (await ask(whoSaid, `${PEOPLE} ${naming} ${SAID} ${speaker} dort. ${ROTH}`)).find((x) => x.prompt.includes('Gewinn'));
    expect(q?.answer).toBe(answer);
    expect(q!.evidence.map((e) => e.text)).toContain(naming);
  });

  it('credits an age to the one person the text gave it, however far before, and shows where it did', async () => {
    const text = `${PEOPLE} Brandt (52) reiste am Montag nach Nordhafen. Lind lobte dort den Hafen. Die Gäste aßen Fisch. ${SAID} der 52-Jährige am Abend. ${ROTH}`;
    const q = (await ask(whoSaid, text)).find((x) => x.prompt.includes('Gewinn'));
    expect(q?.answer).toBe('Ole Brandt');
    expect(q!.evidence.map((e) => e.text)).toContain('Brandt (52) reiste am Montag nach Nordhafen.');
  });

  it('follows a description back over sentences that name no one, and shows them all', async () => {
    const text = `${PEOPLE} Brandt reiste am Montag nach Nordhafen. Dort war es sehr kalt. ${SAID} der 52-Jährige am Abend. ${ROTH}`;
    const q = (await ask(whoSaid, text)).find((x) => x.prompt.includes('Gewinn'));
    expect(q?.answer).toBe('Ole Brandt');
    expect(q!.evidence.map((e) => e.text)).toContain('Brandt reiste am Montag nach Nordhafen. Dort war es sehr kalt.');
  });

  it.each([
    ['two people of that gender named before it', `${PEOPLE} Brandt und Jan Ott reisten am Montag nach Nordhafen. ${SAID} der 52-Jährige dort.`],
    ['another age the text gives them', `${PEOPLE} Brandt (61) reiste am Montag nach Nordhafen. ${SAID} der 52-Jährige dort.`],
    ['another role the text gives them', `${PEOPLE} Brandt reiste am Montag nach Nordhafen. ${SAID} der Bürgermeister dort.`],
    ['the other gender', `${PEOPLE} Brandt reiste am Montag nach Nordhafen. ${SAID} die 52-Jährige dort.`],
    ['a person named after a preposition only', `${PEOPLE} Die Reise nach Nordhafen mit Brandt dauerte lange. ${SAID} der 52-Jährige dort.`],
    ['another person described before it and linked to no one', `${PEOPLE} Gegen Brandt gewann der junge Sportler am Montag. ${SAID} der 52-Jährige dort.`],
    ['a spokesperson', `${PEOPLE} Brandt reiste am Montag nach Nordhafen. ${SAID} der Sprecher dort.`],
  ])('credits nobody where the text has %s', async (_, text) => {
    expect((await ask(whoSaid, `${text} ${ROTH}`)).filter((x) => x.prompt.includes('Gewinn')).map(line)).toEqual([]);
  });
});

describe('who-said of words a source is set into', () => {
  it('asks nothing of words cut where the source stands inside their clause (`… sollen laut X, … enthalten haben`)', async () => {
    const text = `${PEOPLE} Mindestens vier Briefe, die während ihrer Amtszeit aus dem Rathaus verschickt wurden, sollen laut Brandt geheime Pläne enthalten haben. ${ROTH}`;
    expect(notRoth(await ask(whoSaid, text)).map(line)).toEqual([]);
    // Words the source closes are asked, a clause of its own after it too.
    const whole = `${PEOPLE} Mindestens vier Briefe aus dem Rathaus hätten geheime Pläne enthalten, so Brandt, der auch angab, dass die Stadt sparen müsse. ${ROTH}`;
    expect(notRoth(await ask(whoSaid, whole)).filter((q) => q.prompt.includes('Briefe')).map((q) => q.answer)).toEqual(['Ole Brandt']);
  });
});

describe('who-said of a speaker phrase that names two people', () => {
  it('credits the name that closes the phrase, not the one that owns its role (`Der Nachfolger der Direktorin X, Y,`)', async () => {
    const text = `${PEOPLE} Der Nachfolger der Direktorin Anna Roth, Jan Ott, hat angekündigt, die Stadt werde weitere Brücken bauen. ${ROTH}`;
    const q = (await ask(whoSaid, text)).find((x) => x.prompt.includes('weitere Brücken'));
    expect(q?.answer).toBe('Jan Ott');
  });
});

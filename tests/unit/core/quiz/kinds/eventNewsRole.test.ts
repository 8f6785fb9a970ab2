import { describe, expect, it } from 'vitest';
import { eventNewsRole } from '../../../../../src/core/quiz/kinds/eventNewsRole';
import { ask, line } from './helpers';

/** After the lead: no other man the story names, so no name can be offered beside the minister's. */
const REST = 'Die Polizei nahm zwei Männer fest. Brandt setzte seine Reise am Abend fort.';

describe('the main news of a minister asked by office', () => {
  it.each([
    ['a title with its article and adjective is the answer, as the text writes it', `Kiel – Der schwedische Verkehrsminister Ole Brandt ist am Montag in Oslo von Demonstranten mit Eiern beworfen worden. ${REST}`, ['Wer ist am Montag in Oslo von Demonstranten mit Eiern beworfen worden? → der schwedische Verkehrsminister']],
    ['a bare title is asked bare', `Kiel – Umweltministerin Karin Falk hat am Montag ein Gesetz für saubere Flüsse vorgestellt. ${REST}`, ['Wer hat am Montag ein Gesetz für saubere Flüsse vorgestellt? → Umweltministerin']],
    ['nothing of a title that is no portfolio (no office of one rank and form to offer)', `Kiel – Der schwedische Botschafter Ole Brandt ist am Montag in Oslo von Demonstranten mit Eiern beworfen worden. ${REST}`, []],
    ['nothing of what the minister wants (a modal)', `Kiel – Der schwedische Verkehrsminister Ole Brandt will am Montag in Oslo ein Abkommen unterschreiben. ${REST}`, []],
    ['nothing of a side sentence after the lead', `Kiel – In Oslo ist ein Gipfel zu Ende gegangen. Die Polizei nahm zwei Männer fest. Es regnete den ganzen Tag. Die Gäste reisten ab. Der Hafen blieb zu. Der schwedische Verkehrsminister Ole Brandt ist am Montag von Demonstranten mit Eiern beworfen worden.`, []],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(eventNewsRole, text);
    expect(questions.map(line)).toEqual(expected);
    // The other portfolios, in the answer's own form.
    for (const q of questions) {
      const [before] = q.answer.split(/\S+minister(?:in)?$/u);
      expect(q.options!.length).toBeGreaterThanOrEqual(3);
      for (const o of q.options!) expect(o).toMatch(new RegExp(`^${before}\\p{Lu}\\p{Ll}+${q.answer.endsWith('in') ? 'ministerin' : 'minister'}$`, 'u'));
    }
  });

  it('offers no office the text names elsewhere: its holder may have done it too', async () => {
    const text = `Kiel – Der schwedische Verkehrsminister Ole Brandt ist am Montag in Oslo von Demonstranten mit Eiern beworfen worden. Die Polizei des Innenministeriums nahm zwei Männer fest. Der Finanzminister schwieg.`;
    for (let seed = 1; seed <= 5; seed++) {
      const [q] = await ask(eventNewsRole, text, seed);
      expect(q!.options!.join(' ')).not.toMatch(/Innenminister|Finanzminister/u);
    }
  });

  it('asks nothing where the story names others to offer: the name is asked then', async () => {
    const text = `Kiel – Der schwedische Verkehrsminister Ole Brandt ist am Montag in Oslo von Demonstranten mit Eiern beworfen worden. Auch Jan Berg, Lars Holm und Per Dahl waren in Oslo.`;
    expect(await ask(eventNewsRole, text)).toEqual([]);
  });
});

describe('what the office is asked about', () => {
  it('asks no short predicate that leans on the sentences before it (`lobte den Bau`)', async () => {
    const text = `Kiel – In Oslo ist eine neue Brücke eröffnet worden. Verkehrsminister Ole Brandt lobte den Bau. ${REST}`;
    expect(await ask(eventNewsRole, text)).toEqual([]);
  });
});

describe('an office the topic gives away', () => {
  it.each([
    ['the question', `Kiel – Umweltministerin Karin Falk hat am Montag einen Umweltpreis für saubere Flüsse verliehen. ${REST}`],
    ['the headline', `Umweltschutz an der Küste\n\nKiel – Umweltministerin Karin Falk hat am Montag einen Preis für saubere Flüsse verliehen. ${REST}`],
  ])('asks nothing where a word of %s opens with its portfolio', async (_, text) => {
    expect(await ask(eventNewsRole, text)).toEqual([]);
  });

  it('asks where the headline speaks of something else', async () => {
    const text = `Preis an der Küste\n\nKiel – Umweltministerin Karin Falk hat am Montag einen Preis für saubere Flüsse verliehen. ${REST}`;
    expect((await ask(eventNewsRole, text)).map(line)).toEqual(['Wer hat am Montag einen Preis für saubere Flüsse verliehen? → Umweltministerin']);
  });
});

import { describe, expect, it } from 'vitest';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { ask, line } from './helpers';

/** After the lead: one other person, and bodies that act. */
const REST = 'Der Stadtrat Erik Lind hält den Verkauf für richtig. Die NVP will im Mai darüber abstimmen. Die Valtra AG hat bereits ein Angebot vorgelegt.';

describe('the main news of a story that names one other of the answer\'s kind', () => {
  it('is not asked of a person with bodies beside the one other person (a party among people, judged not of the answer\'s kind)', async () => {
    const questions = (await ask(eventNews, `Die frühere Bürgermeisterin Anna Berg warnte vor einem Verkauf der Stadtwerke. ${REST}`)).filter((q) => q.answer === 'Anna Berg');
    expect(questions).toEqual([]);
  });

  it('is asked of a body with the story\'s people beside the one other body', async () => {
    const text = 'Die Nordwerk AG hat die Stadtwerke von Nordhafen gekauft. Die frühere Bürgermeisterin Anna Berg warnte davor. Der Stadtrat Erik Lind hält den Kauf für richtig. Die Valtra AG hatte ebenfalls ein Angebot vorgelegt.';
    const questions = (await ask(eventNews, text)).filter((q) => q.answer === 'Nordwerk AG');
    expect(questions.map(line)).toEqual(['Wer hat die Stadtwerke von Nordhafen gekauft? → Nordwerk AG']);
    expect([...questions[0]!.options!].sort()).toEqual(['Anna Berg', 'Erik Lind', 'Nordwerk AG', 'Valtra AG']);
  });

  it('is not asked where no other of the answer\'s kind is named: the answer would stand out as the one person', async () => {
    const text = 'Die frühere Bürgermeisterin Anna Berg warnte vor einem Verkauf der Stadtwerke. Die NVP will im Mai darüber abstimmen. Die Valtra AG hat bereits ein Angebot vorgelegt.';
    expect((await ask(eventNews, text)).filter((q) => q.answer === 'Anna Berg')).toEqual([]);
  });
});

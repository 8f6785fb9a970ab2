import { describe, expect, it } from 'vitest';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { ask, line } from './helpers';

/** After the lead: one other person, and bodies that act. */
const REST = 'Der Stadtrat Erik Lind hält den Verkauf für richtig. Die NVP will im Mai darüber abstimmen. Die Valtra AG hat bereits ein Angebot vorgelegt.';

describe('the main news of a story that names one other of the answer\'s kind', () => {
  it('is asked with the bodies that act in the story beside that one', async () => {
    const questions = (await ask(eventNews, `Die frühere Bürgermeisterin Anna Berg warnte vor einem Verkauf der Stadtwerke. ${REST}`)).filter((q) => q.answer === 'Anna Berg');
    expect(questions.map(line)).toEqual(['Wer warnte vor einem Verkauf der Stadtwerke? → Anna Berg']);
    expect([...questions[0]!.options!].sort()).toEqual(['Anna Berg', 'Erik Lind', 'NVP', 'Valtra AG']);
  });

  it('offers no body a sentence naming the answer names (hers, or one she speaks for)', async () => {
    const questions = (await ask(eventNews, `Die frühere Bürgermeisterin Anna Berg warnte vor einem Verkauf der Stadtwerke. ${REST} Berg sitzt seit Jahren im Vorstand der NVP.`)).filter((q) => q.answer === 'Anna Berg');
    expect([...questions[0]!.options!].sort()).toEqual(['Anna Berg', 'Erik Lind', 'Valtra AG']);
  });

  it('is not asked where no other of the answer\'s kind is named: the answer would stand out as the one person', async () => {
    const text = 'Die frühere Bürgermeisterin Anna Berg warnte vor einem Verkauf der Stadtwerke. Die NVP will im Mai darüber abstimmen. Die Valtra AG hat bereits ein Angebot vorgelegt.';
    expect((await ask(eventNews, text)).filter((q) => q.answer === 'Anna Berg')).toEqual([]);
  });
});

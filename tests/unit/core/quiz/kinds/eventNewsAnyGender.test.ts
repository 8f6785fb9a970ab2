import { describe, expect, it } from 'vitest';
import { event } from '../../../../../src/core/quiz/kinds/event';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { ask, line } from './helpers';

/** After the lead: two men the story names, and no other woman. */
const MEN = 'Der Regisseur Jonas Falk drehte mit Berg vier Filme. Der Schauspieler Erik Lind spielte in zwei davon.';

describe('a woman\'s main news where the story names no other woman', () => {
  it('is asked among the story\'s men where the question tells nobody\'s gender', async () => {
    const questions = await ask(eventNews, `Die schwedische Schauspielerin Anna Berg hat in Stockholm einen Schlaganfall erlitten. ${MEN}`);
    expect(questions.map(line)).toEqual(['Wer hat in Stockholm einen Schlaganfall erlitten? → Anna Berg']);
    expect([...questions[0]!.options!].sort()).toEqual(['Anna Berg', 'Erik Lind', 'Jonas Falk']);
  });

  it('is asked among them where a possessive of hers is written as the article (`ihren Abschied` → `den Abschied`)', async () => {
    const questions = await ask(eventNews, `Die schwedische Schauspielerin Anna Berg hat in Stockholm ihren Abschied von der Bühne erklärt. ${MEN}`);
    expect(questions.map(line)).toEqual(['Wer hat in Stockholm den Abschied von der Bühne erklärt? → Anna Berg']);
    expect([...questions[0]!.options!].sort()).toEqual(['Anna Berg', 'Erik Lind', 'Jonas Falk']);
  });

  it.each([
    ['a role the subject takes', 'Die schwedische Schauspielerin Anna Berg ist in Stockholm zur Intendantin des Stadttheaters ernannt worden.'],
    ['a noun that names a woman', 'Die schwedische Schauspielerin Anna Berg hat in Stockholm den Preis der besten Nachwuchsdarstellerin gewonnen.'],
    ['a noun of kin', 'Die schwedische Schauspielerin Anna Berg ist in Stockholm zum zweiten Mal Mutter geworden.'],
  ])('is not asked among men where the question tells her gender: %s', async (_, lead) => {
    expect((await ask(eventNews, `${lead} ${MEN}`)).map(line)).toEqual([]);
  });

  it('keeps to women where the story names two others', async () => {
    const text = `Die schwedische Schauspielerin Anna Berg hat in Stockholm einen Schlaganfall erlitten. ${MEN} Die Sängerin Karin Dahl und die Tänzerin Mara Holm traten mit ihr auf.`;
    const q = (await ask(eventNews, text)).find((x) => x.answer === 'Anna Berg');
    expect([...q!.options!].sort()).toEqual(['Anna Berg', 'Karin Dahl', 'Mara Holm']);
  });
});

describe('a clause that goes on from the sentence before (`daraufhin`)', () => {
  it.each([
    ['is asked where it stands alone', 'Die Nordbank hat ihre Zinsen gesenkt. Der Minister Jonas Falk hat am Montag die Diskussion des Themas für beendet erklärt.', ['Wer hat am Montag die Diskussion des Themas für beendet erklärt? → Jonas Falk']],
    ['is not asked after `daraufhin`', 'Die Nordbank hat ihre Zinsen gesenkt. Der Minister Jonas Falk hat daraufhin die Diskussion des Themas für beendet erklärt.', []],
  ])('%s', async (_, lead, expected) => {
    expect((await ask(event, `${lead} Die Ministerin Karin Dahl und der Minister Erik Lind kamen zu spät. Der Minister Ole Brandt blieb fern.`)).filter((q) => q.answer === 'Jonas Falk').map(line)).toEqual(expected);
  });
});

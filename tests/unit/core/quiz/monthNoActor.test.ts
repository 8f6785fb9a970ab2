/**
 * A month is no actor or thing of the story (issue 15, round hh: in a report of March's web traffic `März` counted as a
 * main actor, so a browser's share that month was asked as the story's own figure). On an invented monthly report.
 */
import { describe, expect, it } from 'vitest';
import { articleView, questionFeatures } from '../../../../src/core/quiz/choose';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { articleOf, ask, lang } from './kinds/helpers';

const REPORT =
  'Nordhafen – Das Stadtmuseum zählte im März 12.000 Besucher. Im März kamen damit mehr Besucher als je zuvor. ' +
  'Die Besucher lobten im März vor allem die neue Halle. Im März sank der Preis der Karten im Kiosk auf acht Euro. Die Besucher kamen aus ganz Nordland.';

describe('the story\'s main actors', () => {
  it('are the nouns the report keeps naming, not the month it names beside every figure', async () => {
    const v = articleView(await articleOf(REPORT), lang);
    expect([...v.main]).toContain('besuch');
    expect([...v.main]).not.toContain('märz');
  });

  it('leave a figure whose sentence names only the month without a main actor', async () => {
    const a = await articleOf(REPORT);
    const q = (await ask(numberGap, REPORT)).find((x) => x.answer === 'acht');
    expect(q).toBeDefined();
    expect(questionFeatures(q!, articleView(a, lang)).mainActor).toBe(0);
  });
});

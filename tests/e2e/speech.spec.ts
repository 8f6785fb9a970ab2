/**
 * Speech (issue 18) with the bundled eSpeak NG voice: headless Chromium has no system voices, so every listen
 * control here speaks through the worker's WebAssembly. Audio is observed where it starts: each sound buffer the
 * page plays is recorded with its length.
 */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { openArticle } from './pages/appPages';
import { addOwnText, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, storedSetting, switchUiLanguage, waitForWords } from './pages/readerPages';

async function recordAudio(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { playedSeconds: number[] };
    w.playedSeconds = [];
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
      w.playedSeconds.push(this.buffer?.duration ?? 0);
      return start.apply(this, args);
    };
  });
}

const played = (page: Page) => page.evaluate(() => (window as unknown as { playedSeconds: number[] }).playedSeconds);

test.describe('speech with the bundled voice', () => {
  test('the popover speaks the word; the reader reads the text aloud with the word highlighted, pauses and resumes', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await recordAudio(page);

    await openWord(page, 'Schwimmbad');
    await glossary(page).getByRole('button', { name: 'Listen to “Schwimmbad”' }).click();
    await expect.poll(() => played(page), { timeout: 30_000 }).toHaveLength(1);
    expect((await played(page))[0]).toBeGreaterThan(0.3);
    await page.keyboard.press('Escape');

    // From the first sentence: the text's tab stop is its first word until another is focused.
    await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
    await expect(page.locator('.article-body .w.speaking')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.getByRole('group', { name: 'Read aloud' }).getByRole('status')).toHaveText('Reading aloud…');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Read aloud' }).getByRole('status')).toHaveText('Paused');
    const pausedOn = await page.locator('.article-body .w.speaking').textContent();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    // The voice goes on past the word it paused on, sentence after sentence.
    await expect.poll(async () => page.locator('.article-body .w.speaking').textContent(), { timeout: 30_000 }).not.toBe(pausedOn);
    await expect.poll(async () => (await played(page)).length, { timeout: 30_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(page.locator('.article-body .w.speaking')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Read aloud', exact: true })).toBeVisible();
  });

  test('the reader while reading aloud, in both UI languages', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
    await expect(page.locator('.article-body .w.speaking')).toHaveCount(1, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await screenshot(page, 'reader-reading-aloud-en');
    await switchUiLanguage(page, 'de');
    await gotoScreen(page, /Bibliothek/);
    await openArticle(page, OWN_TITLE);
    await waitForWords(page);
    await page.getByRole('button', { name: 'Vorlesen', exact: true }).click();
    await expect(page.locator('.article-body .w.speaking')).toHaveCount(1, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Vorlesen' }).getByRole('status')).toHaveText('Pausiert');
    await screenshot(page, 'reader-reading-aloud-de');
  });

  test('settings say there is no German system voice, let the bundled one be tried, and keep speed and autoplay', async ({ page }) => {
    await gotoScreen(page, /Settings/);
    await recordAudio(page);
    await expect(page.getByText('This system has no German voice, so the bundled voice speaks.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Listen to “Guten Tag, wie geht es Ihnen?”' }).click();
    await expect.poll(() => played(page), { timeout: 30_000 }).toHaveLength(1);
    await page.getByLabel('Speed').selectOption('0.75');
    await page.getByLabel('Speak the word by itself in review').check();
    // The choice shows at once and is saved a moment later; a reload before the save would test the machine's speed.
    await expect.poll(() => storedSetting(page, 'speechAutoplayReview'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => storedSetting(page, 'speechRate'), { timeout: 30_000 }).toBe(0.75);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await gotoScreen(page, /Settings/);
    await expect(page.getByLabel('Speed')).toHaveValue('0.75');
    await expect(page.getByLabel('Speak the word by itself in review')).toBeChecked();
    await screenshot(page, 'settings-speech');
  });

  test('the popover’s Listen button sits beside its Close button', async ({ page }) => {
    await openArticle(page, /Plötzlich ziemlich beste Freunde/);
    await waitForWords(page);
    for (const text of ['Pjöngjangs', 'Straßen']) {
      await openWord(page, text);
      const head = glossary(page).locator('.glossary-head');
      const listen = (await head.locator('.listen-button').boundingBox())!;
      const close = (await head.locator('.icon-button').boundingBox())!;
      // Half a line apart at most, however long the word in the header.
      expect(close.x - (listen.x + listen.width), text).toBeLessThanOrEqual(12);
      await page.keyboard.press('Escape');
    }
  });

  test('the voice menu shows its chosen option whole, in both UI languages', async ({ page }) => {
    for (const [language, screen] of [['en', /Settings/], ['de', /Einstellungen/]] as const) {
      await switchUiLanguage(page, language);
      await gotoScreen(page, screen);
      const { text, room } = await page.locator('#speech-voice').evaluate((el: HTMLSelectElement) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const label = el.selectedOptions[0]!.text;
        // The menu's arrow takes about 1.5em of its inner width.
        const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        return { text: context.measureText(label).width, room: inner };
      });
      expect(text, language).toBeLessThanOrEqual(room);
    }
  });
});

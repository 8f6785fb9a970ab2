import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import { formatOf, markdownToText, normalizeText } from '../../../../src/renderer/text/extractText';
import { estimateLanguage, isMostlyGerman } from '../../../../src/renderer/text/languageCheck';
import { deleteArticle, restoreArticle, saveOwnText } from '../../../../src/renderer/domain/ownTextStore';
import { composeOwnText, prepareOwnText, readOwnText } from '../../../../src/renderer/text/prepareText';
import { checkText, MAX_TEXT_BYTES } from '../../../../src/renderer/text/textLimits';

describe('isMostlyGerman', () => {
  it.each([
    ['Die Bürgermeisterin kündigte am Montag ein neues Schwimmbad an. Die Kinder freuen sich schon auf den Sommer.', true],
    ['Der Zug hat Verspätung.', true],
    ['Schöne Grüße aus Köln', true],
    ['The mayor announced a new swimming pool on Monday. Children are looking forward to the summer.', false],
    ['Le maire a annoncé lundi une nouvelle piscine. Les enfants attendent déjà l’été avec impatience.', false],
    ['El alcalde anunció el lunes una nueva piscina. Los niños ya esperan el verano.', false],
    ['In the summer I will go to Berlin, so was it worth it?', false],
    ['Bugün hava çok güzel, akşam dışarı çıkıp yürüyüş yapacağız.', false],
    ['The hotel in München was lovely and the staff were friendly to everyone.', false],
    ['Sie sagte: „This is not a drill“, und dann gingen alle nach Hause.', true],
  ])('%s → %s', (text, expected) => {
    expect(isMostlyGerman(text)).toBe(expected);
  });

  it('scores the share of German function words (the language model detector)', () => {
    expect(estimateLanguage('Das ist ein Haus und kein Boot')).toEqual({ words: 7, share: 5 / 7 });
  });
});

describe('checkText', () => {
  it('refuses empty or letterless text and text over 1 MB (bytes, not characters)', () => {
    expect(checkText('   \n ')).toEqual({ kind: 'empty' });
    expect(checkText('… — !')).toEqual({ kind: 'empty' });
    expect(checkText('Haus')).toBeNull();
    expect(checkText('ä'.repeat(MAX_TEXT_BYTES / 2))).toBeNull();
    expect(checkText('ä'.repeat(MAX_TEXT_BYTES / 2 + 1))).toEqual({ kind: 'tooLarge', bytes: MAX_TEXT_BYTES + 2 });
  });
});

describe('text extraction', () => {
  it.each([
    ['a.TXT', 'text'],
    ['b.md', 'markdown'],
    ['c.htm', 'html'],
    ['d.pdf', null],
  ])('%s is read as %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  it('strips Markdown markup and keeps paragraphs', () => {
    const md = '# Ein Tag am See\n\nWir fahren **heute** an den [See](https://x.de).\n\n- Das Wasser ist *kalt*.\n\n```\ncode()\n```\n> Zitat hier';
    expect(markdownToText(md)).toBe('Ein Tag am See\n\nWir fahren heute an den See.\n\nDas Wasser ist kalt.\n\nZitat hier');
  });

  it('reads an HTML file down to its text, without scripts, styles or markup', () => {
    const html =
      '<!doctype html><html><head><title>Ein Tag &amp; ein See</title><style>p{color:red}</style><script>document.title="x<p>"</script></head>' +
      '<body><h1>Am See</h1><!-- <p>versteckt</p> --><p>Wir fahren an den <b class="a>b">See</b>.</p><img src=x onerror="alert(1)"><p>Das Wasser&nbsp;ist&#x20;k&auml;lt.<br>Sehr!</p></body></html>';
    expect(readOwnText(html, 'html')).toEqual({ ok: true, title: 'Ein Tag & ein See', text: 'Am See\n\nWir fahren an den See.\n\nDas Wasser ist kält.\nSehr!' });
  });

  it('takes the first h1 as the title when there is no <title>, and keeps a C# heading', () => {
    expect(readOwnText('<p>Vorspann</p><h1>Der <i>neue</i> Plan</h1><p>Text hier.</p>', 'html')).toMatchObject({ ok: true, title: 'Der neue Plan' });
    expect(readOwnText('# Lernen mit C#\n\nText hier.', 'markdown')).toMatchObject({ ok: true, title: 'Lernen mit C#' });
    expect(readOwnText('## Zweiter Teil ##\n\nText hier.', 'markdown')).toMatchObject({ ok: true, text: 'Zweiter Teil\n\nText hier.' });
  });

  it('normalises line ends and blank lines', () => {
    expect(normalizeText('  Eins\r\n\r\n\r\n\r\nZwei  \r\n')).toBe('Eins\n\nZwei');
  });
});

describe('own texts in the library', () => {
  it('puts the title first as its own paragraph unless the text already starts with it', () => {
    expect(composeOwnText('Titel', 'Der Text.')).toBe('Titel\n\nDer Text.');
    expect(composeOwnText('', 'Der Text.')).toBe('Der Text.');
    expect(composeOwnText('Der Text', 'Der Text.\n\nMehr.')).toBe('Der Text.\n\nMehr.');
  });

  it('a pasted text without a title takes its first line as the title, even after a single line break (issue 18)', () => {
    const pasted = prepareOwnText('', 'Ferien am Meer\nWir fahren im Sommer an die Küste. Das Wasser ist warm.\nAm Abend essen wir Fisch.');
    expect(pasted).toMatchObject({ ok: true, title: 'Ferien am Meer' });
    if (!pasted.ok) throw new Error('refused');
    expect(pasted.text).toBe('Ferien am Meer\n\nWir fahren im Sommer an die Küste. Das Wasser ist warm.\nAm Abend essen wir Fisch.');
    // A line that runs on is prose, not a headline.
    const wrapped = prepareOwnText('', 'Wir fahren im Sommer, wenn es warm ist,\nan die Küste und baden.');
    expect(wrapped.ok && wrapped.title).not.toBe('Wir fahren im Sommer, wenn es warm ist,');
    // A title typed by the learner wins.
    expect(prepareOwnText('Am Meer', 'Ferien am Meer\nWir fahren hin.')).toMatchObject({ ok: true, title: 'Am Meer' });
  });

  it('adds a user article, deletes it and restores it unchanged, leaving vocabulary alone', async () => {
    const db = openDatabase('own-texts');
    const outcome = await saveOwnText(db, prepareOwnText('Am See', 'Das Wasser ist kalt. Wir schwimmen trotzdem.'), false, 1000);
    if (!('saved' in outcome)) throw new Error('not saved');
    const id = outcome.saved;
    const article = (await db.articles.get(id))!;
    expect(article).toEqual(expect.objectContaining({ origin: 'user', title: 'Am See', outlet: null }));
    expect(article.wordCount).toBeGreaterThanOrEqual(8);
    await db.vocabulary.add({ lemma: 'Wasser', articleId: id, context: 'Das Wasser ist kalt.', createdAt: 1, updatedAt: 1 });
    const deleted = (await deleteArticle(db, id))!;
    expect(await db.articles.get(id)).toBeUndefined();
    expect(await db.vocabulary.count()).toBe(1);
    await restoreArticle(db, deleted);
    expect(await db.articles.get(id)).toEqual(article);
    db.close();
  });
});

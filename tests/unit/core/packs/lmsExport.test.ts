import { describe, expect, it } from 'vitest';
import { giftEscape, toGift, toMoodleXml, xmlEscape } from '../../../../src/core/packs/lmsExport';
import type { PackQuestion } from '../../../../src/core/packs/packSchema';
import { samplePack } from './fixtures';

const questions = samplePack().questions;

describe('giftEscape', () => {
  it.each([
    ['a ~ b = c # d { e } f : g', 'a \\~ b \\= c \\# d \\{ e \\} f \\: g'],
    ['C:\\Pfad', 'C\\:\\\\Pfad'],
    ['Zeile 1\n\nZeile 2', 'Zeile 1\\n\\nZeile 2'],
  ])('escapes %j', (text, expected) => {
    expect(giftEscape(text)).toBe(expected);
  });
});

describe('toGift', () => {
  it('writes each question type', () => {
    expect(toGift(questions)).toBe(
      [
        '::q1::[plain]Wer empfing Putin? {\n\t=Kim Jong Un\n\t~Xi Jinping\n\t~Joe Biden\n}',
        '::q2::[plain]Das Abkommen betrifft gegenseitige Hilfe. {T}',
        '::q3::[plain]Der russische Präsident ist in {=Pjöngjang =Pjongjang} eingetroffen.',
        '// model answer: Er ist der erste seit 24 Jahren.\n::q4::[plain]Warum ist der Besuch wichtig? {}',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes special characters in prompts and options so they cannot open an answer block', () => {
    const q: PackQuestion = { id: 'x:1', type: 'multiple-choice', prompt: 'Was ist {=richtig}?', options: ['a=b', '~c'], answer: '~c' };
    expect(toGift([q])).toBe('::x\\:1::[plain]Was ist \\{\\=richtig\\}? {\n\t~a\\=b\n\t=\\~c\n}\n');
  });

  it('writes free text with accepted answers as a short answer', () => {
    expect(toGift([{ id: 'f', type: 'free-text', prompt: 'Wer?', answer: 'Kim', accept: ['Kim Jong Un'] }])).toBe('::f::[plain]Wer? {=Kim =Kim Jong Un}\n');
  });
});

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<script>alert('&')</script>"\u0001\u0008ok`)).toBe('&lt;script&gt;alert(&apos;&amp;&apos;)&lt;/script&gt;&quot;ok');
  });
});

describe('toMoodleXml', () => {
  const xml = toMoodleXml(questions, { category: 'Lesestoff/Putin' });

  it.each([
    ['a category', '<question type="category"><category><text>$course$/Lesestoff/Putin</text></category></question>'],
    ['multiple choice with the right option at 100 %', '<answer fraction="100" format="plain_text"><text>Kim Jong Un</text></answer>'],
    ['true/false', '<question type="truefalse">'],
    ['cloze as short answer with every accepted answer', '<answer fraction="100" format="plain_text"><text>Pjongjang</text></answer>'],
    ['free text as an essay with the model answer for the grader', '<graderinfo format="plain_text"><text>Er ist der erste seit 24 Jahren.</text></graderinfo>'],
    ['plain-text question texts', '<questiontext format="plain_text"><text>Wer empfing Putin?</text></questiontext>'],
  ])('writes %s', (_name, fragment) => {
    expect(xml).toContain(fragment);
  });

  it('counts one question element per question plus the category', () => {
    expect(xml.match(/<question /g)).toHaveLength(questions.length + 1);
  });

  it('escapes HTML in prompts', () => {
    const out = toMoodleXml([{ id: 'h', type: 'true-false', prompt: '<b>fett</b> & "so"', answer: false }]);
    expect(out).toContain('<text>&lt;b&gt;fett&lt;/b&gt; &amp; &quot;so&quot;</text>');
    expect(out).toContain('<answer fraction="100" format="plain_text"><text>false</text></answer>');
  });
});

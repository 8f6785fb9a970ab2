import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftEscape, toGift, toMoodleXml, xmlEscape } from '../../../../src/core/packs/lmsExport';
import type { PackQuestion } from '../../../../src/core/packs/packSchema';
import { mulberry32, samplePack } from './fixtures';

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

  it('keeps an answer starting with a weight or a format tag as plain text', () => {
    const q: PackQuestion = { id: 'w', type: 'multiple-choice', prompt: 'Wie viel?', options: ['%50% mehr', '[html]<b>x</b>', 'nichts'], answer: 'nichts' };
    expect(toGift([q])).toBe('::w::[plain]Wie viel? {\n\t~[plain]%50% mehr\n\t~[plain][html]<b>x</b>\n\t=nichts\n}\n');
  });

  it('leaves out short answers with "->", which GIFT cannot write, and falls back to an essay', () => {
    expect(toGift([{ id: 'c', type: 'cloze', prompt: 'A ___ B', answer: 'x -> y', accept: ['xy'] }])).toBe('::c::[plain]A {=xy} B\n');
    expect(toGift([{ id: 'c', type: 'cloze', prompt: 'A ___ B', answer: 'x -> y' }])).toBe('// model answer: x -> y\n::c::[plain]A ___ B {}\n');
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

/** Seeded texts full of what GIFT and XML treat specially, with German letters and line breaks. */
function nastyTexts(seed: number, count: number): string[] {
  const rand = mulberry32(seed);
  const pieces = ['~', '=', '#', '{', '}', ':', '\\', '%50%', '[html]', '<b>', '</script>', '&amp;', '"', "'", '//', '\n', '\t', '___', 'ä', 'ß', '„', '“', '–', '€', '🇩🇪', 'Wort', ' ', ' ', '1', '->'];
  return Array.from({ length: count }, () => {
    let s = '';
    for (let n = 1 + Math.floor(rand() * 12); n > 0; n--) s += pieces[Math.floor(rand() * pieces.length)];
    // The app trims what it stores; a gap marker would make any prompt a cloze.
    return s.replace(/_{3,}/g, '_').trim() || 'leer';
  });
}

/** Questions of every type whose texts are all nasty. */
function nastyQuestions(seed: number): PackQuestion[] {
  const t = nastyTexts(seed, 40);
  const at = (i: number) => t[i % t.length] ?? 'x';
  const out: PackQuestion[] = [];
  for (let i = 0; i < 8; i++) {
    const options = [...new Set([at(i * 5), at(i * 5 + 1), at(i * 5 + 2)])];
    if (options.length < 2) options.push(`${options[0]} (b)`);
    out.push({ id: `mc:${i}`, type: 'multiple-choice', prompt: at(i * 5 + 3), options, answer: options[options.length - 1] ?? '' });
    out.push({ id: `cz{${i}}`, type: 'cloze', prompt: `${at(i * 5 + 4)} ___ ${at(i * 5)}`, answer: at(i * 5 + 1), accept: [`${at(i * 5 + 2)}!`] });
    out.push({ id: `tf=${i}`, type: 'true-false', prompt: at(i * 5 + 2), answer: i % 2 === 0 });
    out.push({ id: `ft#${i}`, type: 'free-text', prompt: at(i * 5 + 1), answer: at(i * 5 + 3), ...(i % 2 ? { accept: [at(i * 5 + 4)] } : {}) });
  }
  return out;
}

/** gift-pegjs joins runs of white space (its `removeNewLinesDuplicateSpaces`), so texts are compared that way. */
const spaces = (text: string): string => text.replace(/\s+/g, ' ');

describe('the LMS exports are well-formed for any text', () => {
  const questions = [...nastyQuestions(1), ...nastyQuestions(2), ...nastyQuestions(3)];

  it('GIFT: a GIFT parser reads back every prompt, option and answer as plain text', () => {
    const parsed = parseGift(toGift(questions));
    expect(parsed).toHaveLength(questions.length);
    questions.forEach((q, i) => {
      const p = parsed[i] as unknown as { type: string; title: string; stem: { format: string; text: string }; choices?: { isCorrect: boolean; text: { format: string; text: string } }[]; isTrue?: boolean };
      const label = `question ${i} (${q.id})`;
      expect(p.title, label).toBe(q.id);
      // A missing-word question shows its gap as `_____`; with the answers at the end the prompt is as written.
      const missingWord = q.type === 'cloze' && !/___\s*\[|___.*\/\//s.test(q.prompt);
      expect({ format: p.stem.format, text: spaces(p.stem.text) }, label).toEqual({ format: 'plain', text: spaces(missingWord ? q.prompt.replace('___', '_____') : q.prompt) });
      const choices = (p.choices ?? []).map((c) => ({ correct: c.isCorrect, text: spaces(c.text.text), format: c.text.format }));
      switch (q.type) {
        case 'multiple-choice':
          expect(p.type, label).toBe('MC');
          expect(choices, label).toEqual(q.options.map((o) => ({ correct: o === q.answer, text: spaces(o), format: 'plain' })));
          break;
        case 'true-false':
          expect({ type: p.type, isTrue: p.isTrue }, label).toEqual({ type: 'TF', isTrue: q.answer });
          break;
        case 'cloze':
        case 'free-text': {
          // GIFT cannot write `->` in a short answer (Moodle would read a matching pair): those answers are left out.
          const answers = q.type === 'free-text' && !q.accept ? [] : [...new Set([q.answer, ...(q.accept ?? [])])].filter((a) => !a.includes('->'));
          expect(p.type, label).toBe(answers.length ? 'Short' : 'Essay');
          expect(choices, label).toEqual(answers.map((text) => ({ correct: true, text: spaces(text), format: 'plain' })));
        }
      }
    });
  });

  it('Moodle XML: parses as XML and gives back every prompt and answer', () => {
    const xml = toMoodleXml(questions, { category: 'Lesestoff/<Test> & "Co"' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, isArray: (name) => name === 'question' || name === 'answer' }).parse(xml) as {
      quiz: { question: { '@_type': string; questiontext?: { text: string }; category?: { text: string }; answer?: { '@_fraction': string; text: string }[] }[] };
    };
    const [category, ...rest] = doc.quiz.question;
    expect(category?.category?.text).toBe('$course$/Lesestoff/<Test> & "Co"');
    expect(rest).toHaveLength(questions.length);
    questions.forEach((q, i) => {
      const x = rest[i];
      expect(x?.questiontext?.text, q.id).toBe(q.prompt);
      if (q.type === 'multiple-choice') expect(x?.answer?.map((a) => [a.text, a['@_fraction']]), q.id).toEqual(q.options.map((o) => [o, o === q.answer ? '100' : '0']));
      if (q.type === 'cloze') expect(x?.answer?.map((a) => a.text), q.id).toEqual([...new Set([q.answer, ...(q.accept ?? [])])]);
    });
  });
});

/**
 * A pack's quiz for a school's LMS (issue 8): Moodle XML and GIFT. All texts are exported as
 * plain text (`format="plain_text"`, `[plain]`), so nothing a teacher or a source text wrote is
 * run as HTML in the LMS either.
 *
 * Mapping: multiple-choice → multichoice; true-false → truefalse; cloze → shortanswer (in GIFT a
 * missing-word question when the prompt holds a `___` gap; see `shortAnswers` for `->`); free-text →
 * shortanswer when it lists accepted answers, else essay with the model answer as grader information.
 */
import type { PackQuestion } from './packSchema';

const GAP = /_{3,}/;

/** XML 1.0 text: escapes markup and drops characters XML cannot hold (controls, lone surrogates). */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const xmlText = (tag: string, text: string, attrs = ''): string => `<${tag}${attrs}><text>${xmlEscape(text)}</text></${tag}>`;
const answerXml = (fraction: number, text: string, extra = ''): string =>
  `    <answer fraction="${fraction}" format="plain_text"><text>${xmlEscape(text)}</text>${extra}</answer>`;

export function toMoodleXml(questions: PackQuestion[], options: { category?: string } = {}): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  if (options.category) out.push(`  <question type="category">${xmlText('category', `$course$/${options.category}`)}</question>`);
  for (const q of questions) {
    const head = (type: string) => [
      `  <question type="${type}">`,
      `    ${xmlText('name', q.id)}`,
      `    ${xmlText('questiontext', q.prompt, ' format="plain_text"')}`,
    ];
    switch (q.type) {
      case 'multiple-choice':
        out.push(
          ...head('multichoice'),
          '    <single>true</single>',
          '    <shuffleanswers>true</shuffleanswers>',
          '    <answernumbering>abc</answernumbering>',
          ...q.options.map((o) => answerXml(o === q.answer ? 100 : 0, o)),
        );
        break;
      case 'true-false':
        out.push(...head('truefalse'), answerXml(q.answer ? 100 : 0, 'true'), answerXml(q.answer ? 0 : 100, 'false'));
        break;
      case 'cloze':
      case 'free-text':
        if (q.type === 'cloze' || q.accept?.length) {
          out.push(...head('shortanswer'), '    <usecase>0</usecase>', ...unique([q.answer, ...(q.accept ?? [])]).map((a) => answerXml(100, a)));
        } else {
          out.push(
            ...head('essay'),
            '    <responseformat>plain</responseformat>',
            '    <responserequired>1</responserequired>',
            '    <responsefieldlines>10</responsefieldlines>',
            `    ${xmlText('graderinfo', q.answer, ' format="plain_text"')}`,
          );
        }
        break;
    }
    out.push('  </question>');
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

/**
 * GIFT text: `~ = # { } :` and the backslash are escaped with a backslash; line breaks become `\n`,
 * since an empty line would end the question.
 */
export function giftEscape(text: string): string {
  return text
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n');
}

export function toGift(questions: PackQuestion[]): string {
  const blocks = questions.map((q) => {
    const title = `::${giftEscape(q.id)}::[plain]`;
    switch (q.type) {
      case 'multiple-choice':
        return `${title}${giftEscape(q.prompt)} {\n${q.options.map((o) => `\t${o === q.answer ? '=' : '~'}${giftAnswer(o)}`).join('\n')}\n}`;
      case 'true-false':
        return `${title}${giftEscape(q.prompt)} {${q.answer ? 'T' : 'F'}}`;
      case 'cloze': {
        const answers = shortAnswers([q.answer, ...(q.accept ?? [])]);
        if (!answers) return essay(title, q.prompt, q.answer);
        const gap = GAP.exec(q.prompt);
        const after = gap ? q.prompt.slice(gap.index + gap[0].length) : '';
        // Missing-word format: the answer block stands where the gap is. Text after it that starts like a
        // format tag (`[html]`) or holds `//` can be read as a tag or a comment by some GIFT readers, so
        // then the answers go at the end and the gap stays in the prompt.
        return gap && !/^\s*\[|\/\//.test(after)
          ? `${title}${giftEscape(q.prompt.slice(0, gap.index))}${answers}${giftEscape(after)}`
          : `${title}${giftEscape(q.prompt)} ${answers}`;
      }
      case 'free-text': {
        const answers = q.accept?.length ? shortAnswers([q.answer, ...q.accept]) : null;
        return answers ? `${title}${giftEscape(q.prompt)} ${answers}` : essay(title, q.prompt, q.answer);
      }
    }
  });
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

const essay = (title: string, prompt: string, modelAnswer: string): string => `// model answer: ${giftEscape(modelAnswer)}\n${title}${giftEscape(prompt)} {}`;

/**
 * The answer block of a short-answer question, or null when no answer can be written: Moodle reads a
 * short answer containing `->` as a matching pair, and GIFT has no escape for `->`. Such a question is
 * written as an essay (graded by hand) rather than as a different question.
 */
function shortAnswers(answers: string[]): string | null {
  const usable = unique(answers).filter((a) => !a.includes('->'));
  return usable.length ? `{${usable.map((a) => `=${giftAnswer(a)}`).join(' ')}}` : null;
}

/**
 * An answer in GIFT. Moodle reads a leading `%50%` as the answer's weight and a leading `[html]` as its
 * format, before unescaping and with no escape for either; a `[plain]` tag in front keeps both as text.
 */
function giftAnswer(text: string): string {
  const escaped = giftEscape(text);
  return /^\s*[[%]/.test(escaped) ? `[plain]${escaped}` : escaped;
}

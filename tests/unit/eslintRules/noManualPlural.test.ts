import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, so the test also proves the rule is on for renderer files.
const eslint = new ESLint();
const ruleId = 'local/no-manual-plural';

async function offences(code: string, filePath = 'src/renderer/example/example.ts'): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === ruleId).length;
}

const module = (expression: string) => `export const label = (n: number, t: (k: string, o?: object) => string) => ${expression};\n`;

describe('no-manual-plural', () => {
  it.each([
    ['two keys chosen by n === 1', "n === 1 ? t('word') : t('words')"],
    ['a key chosen inside t()', "t(n === 1 ? 'word' : 'words', { count: n })"],
    ['strings chosen by n !== 1', "n !== 1 ? 'Wörter' : 'Wort'"],
    ['templates chosen by n > 1', '1 < n ? `${n} words` : `${n} word`'],
  ])('reports %s', async (_what, expression) => {
    expect(await offences(module(expression))).toBe(1);
  });

  it.each([
    ['one plural key', "t('words', { count: n })"],
    ['a separate message for zero', "n === 0 ? t('none') : t('words', { count: n })"],
    ['a message for "none left"', "n < 1 ? t('none') : t('words', { count: n })"],
    ['a comparison that picks no text', 'n === 1 ? 10 : 20'],
  ])('lets %s pass', async (_what, expression) => {
    expect(await offences(module(expression))).toBe(0);
  });

  it('applies to components too', async () => {
    expect(await offences(`export const A = ({ n, t }: { n: number; t: (k: string) => string }) => <p>{n === 1 ? t('a') : t('b')}</p>;\n`, 'src/renderer/example/A.tsx')).toBe(1);
  });
});

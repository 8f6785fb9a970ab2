import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Runs the project's own eslint.config.js, so the test also proves the rule is switched on for renderer components.
const eslint = new ESLint();
const ruleId = 'local/no-literal-ui-text';

async function offences(code: string, filePath = 'src/renderer/example/Example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => code.split('\n')[m.line - 1]!.trim());
}

const component = (jsx: string) => `export function Example({ on, t }: { on: boolean; t: (k: string) => string }) {\n  return (\n    ${jsx}\n  );\n}\n`;

describe('no-literal-ui-text', () => {
  it.each([
    ['JSX text', '<p>Hello</p>'],
    ['a string child', "<p>{'Hallo'}</p>"],
    ['a template child', '<p>{`Seite ${1}`}</p>'],
    ['a branch of a conditional', "<p>{on ? t('a') : 'Off'}</p>"],
    ['the right side of &&', "<p>{on && 'Saved'}</p>"],
    ['an aria-label', '<nav aria-label="Main" />'],
    ['a title in braces', "<abbr title={'Word count'} />"],
    ['an alt text', '<img alt="Logo" />'],
    ['a placeholder', '<input placeholder="Search words" />'],
    ['an aria-description', '<div aria-description="Opens the glossary" />'],
    ['an aria-roledescription', '<section aria-roledescription="slide" />'],
    ['an aria-valuetext', '<progress aria-valuetext="half done" />'],
    ['a label attribute', '<option label="English" />'],
    ['a title chosen by a conditional', "<button title={on ? t('a') : 'Close'} />"],
  ])('reports %s', async (_what, jsx) => {
    expect(await offences(component(jsx))).toHaveLength(1);
  });

  it.each([
    ['translated text', "<p>{t('title')}</p>"],
    ['punctuation and arrows', "<p>← {t('back')} · 42</p>"],
    ['a template of separators', '<p>{on ? ` · ${t(\'x\')}` : \'\'}</p>'],
    ['class names and ids', '<p className="article-body" id="title" lang="de" />'],
    ['an aria-label from t()', "<nav aria-label={t('nav.label')} />"],
    ['a placeholder from t()', "<input placeholder={t('search.placeholder')} />"],
    ['data and test attributes', '<div data-testid="glossary" data-state="ready" role="dialog" />'],
  ])('lets %s pass', async (_what, jsx) => {
    expect(await offences(component(jsx))).toEqual([]);
  });

  it('only applies to renderer components', async () => {
    expect(await offences(component('<p>Hello</p>'), 'src/cli/example.tsx')).toEqual([]);
  });
});

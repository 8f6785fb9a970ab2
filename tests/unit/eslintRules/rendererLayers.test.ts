import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own eslint.config.js, so the test also proves the rule is on for renderer files.
const eslint = new ESLint();
const ruleId = 'local/renderer-layers';

async function offences(filePath: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

describe('renderer-layers', () => {
  it.each([
    ['a feature importing another feature', 'src/renderer/reader/Example.tsx', '../glossary/GlossaryPopover', 'does not import another feature (reader → glossary)'],
    ['a nested feature file importing another feature', 'src/renderer/packs/editor/Example.tsx', '../../library/LibraryScreen', '(packs → library)'],
    ['a feature importing the app shell', 'src/renderer/quiz/Example.tsx', '../app/App', 'quiz (feature) may not import app (app)'],
    ['the shared kit importing a feature', 'src/renderer/ui/Example.tsx', '../quiz/QuizScreen', 'ui (ui) may not import quiz (feature)'],
    ['a store importing the shared kit', 'src/renderer/domain/example.ts', '../ui/UndoToast', 'domain (domain) may not import ui (ui)'],
    ['a worker importing a store', 'src/renderer/workers/example.ts', '../domain/stories', 'workers (base) may not import domain (domain)'],
    ['text preparation importing a feature', 'src/renderer/text/example.ts', '../ownTexts/AddTextScreen', 'text (base) may not import ownTexts (feature)'],
  ])('reports %s', async (_what, file, spec, message) => {
    const found = await offences(file, spec);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    ['app composing features', 'src/renderer/app/Example.tsx', '../reader/ReaderScreen'],
    ['the entry point starting the app', 'src/renderer/main.tsx', './app/App'],
    ['a feature using the shared kit', 'src/renderer/stories/Example.tsx', '../ui/OutletList'],
    ['a feature using a store', 'src/renderer/library/Example.tsx', '../domain/wordStatusStore'],
    ['a feature importing its own files', 'src/renderer/packs/editor/Example.tsx', '../drafts'],
    ['the shared kit using a store', 'src/renderer/ui/Example.tsx', '../domain/quizAttempts'],
    ['a store using the database', 'src/renderer/domain/example.ts', '../db/database'],
    ['a worker using text preparation', 'src/renderer/workers/example.ts', '../text/prepareText'],
    ['anything importing the core', 'src/renderer/reader/Example.tsx', '../../core'],
  ])('lets %s pass', async (_what, file, spec) => {
    expect(await offences(file, spec)).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sentence } from '../../../../src/core/analysis';
import type { EngineProgress, ProgressCallback } from '../../../../src/renderer/workers/engineApi';
import { SILENT_AFTER_MS } from '../../../../src/renderer/domain/engineSilence';
import { analyseDoc, type DocEngine, type DocState } from '../../../../src/renderer/reader/useReaderDoc';

const text = 'Ole Brandt liest.';
const spans = [{ start: 0, end: 17 }];
const analysed: Sentence[][] = [
  [
    {
      start: 0,
      end: 17,
      tokens: [
        { text: 'Ole', start: 0, end: 3, lemma: 'Ole', upos: 'PROPN' },
        { text: 'Brandt', start: 4, end: 10, lemma: 'Brandt', upos: 'PROPN' },
        { text: 'liest', start: 11, end: 16, lemma: 'lesen', upos: 'VERB' },
        { text: '.', start: 16, end: 17, lemma: '.', upos: 'PUNCT' },
      ],
    },
  ],
];

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * An engine whose progress reports come through a channel of their own, as comlink's do (the callback's own message
 * port): `late` is what it reports after its answer has already reached the page.
 */
function engineReportingLate(fails: boolean): { api: DocEngine; late: (p: EngineProgress) => void } {
  let report: ProgressCallback = () => undefined;
  const api: DocEngine = {
    ready: async (onProgress) => {
      if (onProgress) report = onProgress;
      return { languages: ['en'] };
    },
    analyze: async (_text, _spans, onProgress) => {
      if (onProgress) report = onProgress;
      if (fails) throw new Error('the lexicon of Nordland is damaged');
      return analysed;
    },
  };
  return { api, late: (p) => report(p) };
}

describe('analyseDoc', () => {
  it.each([
    ['the analysis’ last progress', false, { stage: 'analyze', done: 17, total: 17 }, 'ready'],
    ['the load’s last progress', false, { stage: 'load', done: 3, total: 3 }, 'ready'],
    ['the analysis’ last progress, after a failure', true, { stage: 'analyze', done: 17, total: 17 }, 'error'],
  ] as const)('keeps the outcome when %s arrives after it', async (_, fails, progress, outcome) => {
    const { api, late } = engineReportingLate(fails);
    const states: DocState[] = [];
    analyseDoc(api, text, spans, (s) => states.push(s));
    await settle();
    expect(states.at(-1)?.state).toBe(outcome);
    late(progress);
    expect(states.at(-1)?.state).toBe(outcome);
  });

  it('shows progress before the outcome, and the words once analysed', async () => {
    let report: ProgressCallback = () => undefined;
    let answer: (a: Sentence[][]) => void = () => undefined;
    const api: DocEngine = {
      ready: async () => ({ languages: ['en'] }),
      analyze: (_text, _spans, onProgress) => {
        if (onProgress) report = onProgress;
        return new Promise((resolve) => (answer = resolve));
      },
    };
    const states: DocState[] = [];
    analyseDoc(api, text, spans, (s) => states.push(s));
    await settle();
    report({ stage: 'analyze', done: 8, total: 17 });
    expect(states.at(-1)).toEqual({ state: 'working', progress: { stage: 'analyze', done: 8, total: 17 } });
    answer(analysed);
    await settle();
    const last = states.at(-1);
    expect(last?.state === 'ready' ? last.doc.words.map((i) => last.doc.tokens[i]!.text) : last).toEqual(['Ole', 'Brandt', 'liest']);
  });

  it('asks for the analysis while the load is still under way, and keeps its progress when the load reports later', async () => {
    let report: ProgressCallback = () => undefined;
    let answer: (a: Sentence[][]) => void = () => undefined;
    let asked = false;
    const api: DocEngine = {
      // The glossary still on its way: ready answers only after the analysis.
      ready: (onProgress) => {
        if (onProgress) onProgress({ stage: 'load', done: 2, total: 3 });
        return new Promise(() => undefined);
      },
      analyze: (_text, _spans, onProgress) => {
        asked = true;
        if (onProgress) report = onProgress;
        return new Promise((resolve) => (answer = resolve));
      },
    };
    const states: DocState[] = [];
    analyseDoc(api, text, spans, (s) => states.push(s));
    await settle();
    expect(asked).toBe(true);
    report({ stage: 'analyze', done: 8, total: 17 });
    report({ stage: 'load', done: 3, total: 3 });
    expect(states.at(-1)).toEqual({ state: 'working', progress: { stage: 'analyze', done: 8, total: 17 } });
    answer(analysed);
    await settle();
    expect(states.at(-1)?.state).toBe('ready');
  });

  it('draws a text whose analysis the app ships without asking the engine, and asks it for one that has none', async () => {
    const asked: string[] = [];
    const api: DocEngine = {
      ready: async () => (asked.push('ready'), { languages: ['en'] }),
      analyze: async () => (asked.push('analyze'), analysed),
    };
    const states: DocState[] = [];
    analyseDoc(api, text, spans, (s) => states.push(s), Promise.resolve(analysed));
    await settle();
    expect(asked).toEqual([]);
    expect(states.map((s) => s.state)).toEqual(['ready']);
    analyseDoc(api, text, spans, (s) => states.push(s), Promise.resolve(undefined));
    await settle();
    expect(asked).toEqual(['ready', 'analyze']);
    expect(states.at(-1)?.state).toBe('ready');
  });

  it('tells nothing more once stopped (the reader moved on)', async () => {
    const { api, late } = engineReportingLate(false);
    const states: DocState[] = [];
    const stop = analyseDoc(api, text, spans, (s) => states.push(s));
    stop();
    await settle();
    late({ stage: 'analyze', done: 17, total: 17 });
    expect(states).toEqual([]);
  });

  describe('when the engine worker goes silent', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** An engine that answers and reports only when the test says so. */
    function engineOnCue(): { api: DocEngine; report: ProgressCallback; answer: () => void } {
      const cue = { report: (() => undefined) as ProgressCallback, answer: () => undefined as void };
      const api: DocEngine = {
        ready: async () => ({ languages: ['en'] }),
        analyze: (_text, _spans, onProgress) => {
          if (onProgress) cue.report = onProgress;
          return new Promise((resolve) => (cue.answer = () => resolve(analysed)));
        },
      };
      return { api, report: (p) => cue.report(p), answer: () => cue.answer() };
    }

    it('says so after a minute without a word, and shows the words when they come after all', async () => {
      vi.useFakeTimers();
      const { api, answer } = engineOnCue();
      const states: DocState[] = [];
      analyseDoc(api, text, spans, (s) => states.push(s));
      await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS - 1);
      expect(states).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(states).toEqual([{ state: 'silent' }]);
      answer();
      await vi.advanceTimersByTimeAsync(0);
      expect(states.at(-1)?.state).toBe('ready');
    });

    it('waits a minute from its last report, and not at all once it has answered', async () => {
      vi.useFakeTimers();
      const { api, report, answer } = engineOnCue();
      const states: DocState[] = [];
      analyseDoc(api, text, spans, (s) => states.push(s));
      await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS - 1);
      report({ stage: 'analyze', done: 8, total: 17 });
      await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS - 1);
      expect(states.map((s) => s.state)).toEqual(['working']);
      answer();
      await vi.advanceTimersByTimeAsync(2 * SILENT_AFTER_MS);
      expect(states.map((s) => s.state)).toEqual(['working', 'ready']);
    });
  });
});

/// <reference lib="dom" />
/**
 * Speech with the bundled eSpeak NG voice (issue 18): time to first audio for a sentence.
 *   speech.node.firstSentenceMs   CLI code path, fresh module: compile the WebAssembly, speak one sentence
 *   speech.node.nextSentenceMs    the next sentence (compiled module kept; an instance per text)
 *   speech.app.firstAudioMs       in the web build: "This sentence" clicked → the first sound buffer starts playing
 */
import type { Page } from '@playwright/test';
import { synthesize } from '../src/core';
import { espeakNode } from '../src/node/espeakNode';

const SENTENCE = 'Die Fähre nach Norden fährt heute eine Stunde später ab, weil der Wind über dem See stärker geworden ist.';
const round = (x: number) => Math.round(x * 10) / 10;

export async function benchSpeechNode(): Promise<Record<string, number>> {
  let t0 = performance.now();
  await synthesize(espeakNode, SENTENCE);
  const first = performance.now() - t0;
  t0 = performance.now();
  await synthesize(espeakNode, SENTENCE);
  return { 'speech.node.firstSentenceMs': round(first), 'speech.node.nextSentenceMs': round(performance.now() - t0) };
}

/** On an open, analysed text: the worker is started by the click, as a learner's first listen does. */
export async function firstAudioTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = new Promise<number>((resolve) => {
      const start = AudioBufferSourceNode.prototype.start;
      AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
        AudioBufferSourceNode.prototype.start = start;
        resolve(performance.now());
        return start.apply(this, args);
      };
    });
    const button = [...document.querySelectorAll<HTMLButtonElement>('.read-aloud button')].find((b) => b.textContent?.trim() === 'This sentence')!;
    const t0 = performance.now();
    button.click();
    const t1 = await started;
    [...document.querySelectorAll<HTMLButtonElement>('.read-aloud button')].find((b) => b.textContent?.trim() === 'Stop')?.click();
    return t1 - t0;
  });
}

/**
 * Worker entry: exposes the engine service over comlink. The lexicon starts loading before the service's code (core
 * as reading needs it; the quiz's and the packs' code load on their first use) is fetched and compiled (issue 19:
 * 0.4–0.7 s on a busy machine, which the lexicon's download and inflate used to wait for); a call that arrives
 * meanwhile waits for it.
 */
import { expose } from 'comlink';
import { startLexicon } from './assetsAhead';
import { ENGINE_GLOSSARY, startGlossaryAhead } from './glossaryThread';
import type { EngineApi, EngineEntryApi, EngineWorkerApi } from './engineApi';
import { markStart } from './startMarks';

markStart('worker');
startLexicon();
const service = import('./engineService').then((m) => (markStart('service'), m.engineService));

const entry: EngineEntryApi = {
  async glossaryAhead() {
    startGlossaryAhead(ENGINE_GLOSSARY);
  },
};

/** The entry's own functions at once, every EngineApi function once the service has loaded (comlink calls the property it is asked for). */
const deferred = new Proxy(entry as EngineWorkerApi, {
  get: (target, name) =>
    name in target
      ? target[name as keyof EngineEntryApi]
      : async (...args: unknown[]) => {
          const s = await service;
          return Reflect.apply(s[name as keyof EngineApi] as (...a: unknown[]) => unknown, s, args);
        },
});

expose(deferred);

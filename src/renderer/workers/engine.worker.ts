/** Worker entry: exposes the engine service over comlink and starts loading its assets. */
import { expose } from 'comlink';
import { engineService } from './engineService';

expose(engineService);
// The assets load as soon as the worker runs, not when the page's bundle asks (issue 19: it starts before the app).
void engineService.ready().catch(() => undefined);

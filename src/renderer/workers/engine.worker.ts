/** Worker entry: exposes the engine service over comlink, nothing else. */
import { expose } from 'comlink';
import { engineService } from './engineService';

expose(engineService);

/**
 * Worker entry for Add text: reading a file's text and preparing a text for the library run here, off
 * the UI thread, in a worker of their own so that Cancel can end a run at once (terminate) without
 * dropping the engine worker's loaded lexicon.
 */
import { expose } from 'comlink';
import { textService } from './textService';

expose(textService);

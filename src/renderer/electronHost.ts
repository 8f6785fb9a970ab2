/** Electron host: the preload has put the typed API and its events on window (see src/preload). */
import type { LesestoffApi, LesestoffEvents } from '../shared/api';

declare global {
  interface Window {
    api: LesestoffApi;
    apiEvents: LesestoffEvents;
  }
}

export const hostApi: LesestoffApi = window.api;
export const hostEvents: LesestoffEvents = window.apiEvents;

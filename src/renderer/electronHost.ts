/** Electron host: the preload has put the typed API on window (see src/preload). */
import type { LesestoffApi } from '../shared/api';

declare global {
  interface Window {
    api: LesestoffApi;
  }
}

export const hostApi: LesestoffApi = window.api;

/**
 * Startup steps and what their failures mean to the learner (issue 20): a database that cannot open, is
 * blocked, is full, or whose upgrade throws, and settings or the library that cannot be read, each get their
 * own sentence on the startup screen instead of a blank window.
 */
import { DatabaseBlockedError, MigrationError } from '../db/database';
import { uiLanguages, type UiLanguage } from '../i18n/resources';
import { errorChain, isQuotaError } from '../domain/errorReport';

export type StartupStep = 'open' | 'settings' | 'library';

export type StartupProblem = 'unavailable' | 'blocked' | 'quota' | 'upgrade' | 'settings' | 'library';

/** A failure with the step it happened in: the same browser error means different things in different steps. */
export class StartupFailure extends Error {
  override name = 'StartupFailure';
  constructor(
    readonly step: StartupStep,
    cause: unknown,
  ) {
    super(`Startup step "${step}" failed`, { cause });
  }
}

export async function startupStep<T>(step: StartupStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    throw new StartupFailure(step, cause);
  }
}

export function startupProblem(error: unknown): StartupProblem {
  const chain = errorChain(error);
  if (chain.some((e) => e instanceof MigrationError)) return 'upgrade';
  if (isQuotaError(error)) return 'quota';
  if (chain.some((e) => e instanceof DatabaseBlockedError)) return 'blocked';
  const step = chain.find((e): e is StartupFailure => e instanceof StartupFailure)?.step;
  // Opening failed for a reason the browser does not name well (UnknownError, InvalidStateError, a missing
  // IndexedDB): a second instance holding the files, a private window, or storage switched off.
  if (step === 'open') return 'unavailable';
  return step ?? 'library';
}

/**
 * The UI language of the last successful start, kept outside IndexedDB: when the database cannot open, its
 * saved language setting cannot be read either, and the startup screen should still speak the learner's language.
 */
const UI_LANGUAGE_KEY = 'lesestoff.uiLanguage';

export function rememberUiLanguage(language: string): void {
  try {
    localStorage.setItem(UI_LANGUAGE_KEY, language);
  } catch {
    // Storage off or full: the startup screen falls back to the system language.
  }
}

export function rememberedUiLanguage(): UiLanguage | undefined {
  try {
    const saved = localStorage.getItem(UI_LANGUAGE_KEY);
    return uiLanguages.find((l) => l === saved);
  } catch {
    return undefined;
  }
}

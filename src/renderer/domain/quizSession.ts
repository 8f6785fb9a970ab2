/**
 * The running quiz (issue 7). It lives outside React, in this module and in sessionStorage, so it
 * survives "show in text" (the quiz screen unmounts while the reader shows the evidence) and a reload.
 */
import { useSyncExternalStore } from 'react';
import { checkAnswer, type Evidence } from '../../core';
import type { QuizAnswerRecord, QuizAttemptRecord } from '../db/database';
import type { QuizTarget } from './route';

export interface SessionQuestion {
  id: string;
  /** The engine's question type, or `vocab-cloze` / `vocab-sense` for questions from saved words. */
  type: string;
  prompt: string;
  options: string[];
  answer: string;
  evidence: Evidence[];
  /** Language of the options where they are not German (a sense in the glossary language). */
  optionsLang?: string;
}

export interface QuizSession {
  target: QuizTarget;
  /** `retry`: only the questions answered wrong last time. */
  mode: 'full' | 'retry';
  questions: SessionQuestion[];
  index: number;
  answers: (QuizAnswerRecord | null)[];
  startedAt: number;
  shownAt: number;
  finishedAt: number | null;
  /** Set once the attempt is stored, so it is stored once; -1 while it is being stored. */
  savedAttemptId: number | null;
  /** Storing the attempt failed (issue 20): the result says "not saved" with Retry, and nothing retries by itself. */
  attemptSaveFailed?: boolean;
}

const STORAGE_KEY = 'lesestoff.quizSession';

export function newSession(target: QuizTarget, questions: SessionQuestion[], mode: QuizSession['mode'] = 'full', now = Date.now()): QuizSession {
  return { target, mode, questions, index: 0, answers: questions.map(() => null), startedAt: now, shownAt: now, finishedAt: null, savedAttemptId: null };
}

export const sameTarget = (a: QuizTarget, b: QuizTarget): boolean => a.kind === b.kind && a.id === b.id;

/** Records the answer to the current question; a question is answered once. */
export function answer(s: QuizSession, given: string, now = Date.now()): QuizSession {
  const q = s.questions[s.index];
  if (!q || s.answers[s.index]) return s;
  const answers = [...s.answers];
  answers[s.index] = { questionId: q.id, prompt: q.prompt, given, correct: checkAnswer(q, given), ms: Math.max(0, now - s.shownAt) };
  return { ...s, answers };
}

/** The next question, or the end of the quiz after the last one. */
export function next(s: QuizSession, now = Date.now()): QuizSession {
  if (!s.answers[s.index]) return s;
  if (s.index + 1 >= s.questions.length) return { ...s, finishedAt: s.finishedAt ?? now };
  return { ...s, index: s.index + 1, shownAt: now };
}

export function score(s: QuizSession): number {
  return s.answers.filter((a) => a?.correct).length;
}

export function wrongQuestions(s: QuizSession): SessionQuestion[] {
  return s.questions.filter((_, i) => s.answers[i] && !s.answers[i]!.correct);
}

export function attemptOf(s: QuizSession, storyArticleIds?: string[]): Omit<QuizAttemptRecord, 'id'> {
  const articleId = s.target.kind === 'article' ? s.target.id : storyArticleIds?.length === 1 ? storyArticleIds[0]! : null;
  return {
    articleId,
    storyId: s.target.kind === 'story' ? s.target.id : null,
    score: score(s),
    total: s.questions.length,
    finishedAt: s.finishedAt ?? Date.now(),
    startedAt: s.startedAt,
    kind: s.mode === 'retry' ? 'retry' : s.target.kind,
    answers: s.answers.filter((a): a is QuizAnswerRecord => a !== null),
  };
}

/** Keyboard: 1–6 pick an option (null for other keys or a number past the options). */
export function optionForKey(key: string, optionCount: number): number | null {
  if (!/^[1-6]$/.test(key)) return null;
  const i = Number(key) - 1;
  return i < optionCount ? i : null;
}

// --- the store -------------------------------------------------------------------------------

let current: QuizSession | null = read();
const listeners = new Set<() => void>();

function read(): QuizSession | null {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as QuizSession;
    return Array.isArray(s.questions) && Array.isArray(s.answers) && typeof s.index === 'number' && s.target ? s : null;
  } catch {
    return null;
  }
}

export function setSession(s: QuizSession | null): void {
  current = s;
  try {
    if (s) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or unavailable: the quiz goes on in memory.
  }
  for (const l of listeners) l();
}

export function getSession(): QuizSession | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useQuizSession(): QuizSession | null {
  return useSyncExternalStore(subscribe, getSession);
}

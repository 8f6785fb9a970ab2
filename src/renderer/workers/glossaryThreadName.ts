/**
 * The glossary's loading thread (inflate.worker.ts) takes its language from its name, not from a message: a message
 * from the engine worker is handed over by that worker's thread, which is then busy building the engine, so the fetch
 * began only once the engine was built (~0.3 s later). A module of its own, so the thread reads it before its loading
 * code has arrived.
 */
const WORKER_NAME = 'glossary:';

export const glossaryThreadName = (lang: string): string => `${WORKER_NAME}${lang}`;

/** The glossary language of a loading thread, from its name. */
export const glossaryOfThread = (name: string): string | undefined => (name.startsWith(WORKER_NAME) ? name.slice(WORKER_NAME.length) : undefined);

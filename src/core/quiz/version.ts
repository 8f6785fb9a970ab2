/**
 * Version of what the quiz generator makes of a text. Caches of generated quizzes (the app's
 * quiz cache) key on it: bump it with any change to facts or questions, so stored quizzes
 * regenerate. A module of its own, so the UI bundle can read it without the generator.
 */
export const QUIZ_GENERATOR_VERSION = 53;

/**
 * The page's only script tag (index.html), tiny: it starts the engine worker, which loads the lexicon and the glossary
 * on its own, then loads the app (main.tsx). The worker used to be started by the app, once its bundle (~1 MB) was
 * fetched and compiled, 0.4–1 s into the start on a busy machine; the first article's words were clickable that much
 * later (issue 19).
 */
import { engineWorker } from './workers/engineWorker';
// Linked from index.html, so the theme is there for the first paint; the screens' own styles come with the app.
import './styles.css';

engineWorker();
void import('./main');

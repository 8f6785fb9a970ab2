import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../library/LibraryScreen';
import { PackCollections } from '../packs/PackCollections';
import { StoryPanel } from '../stories/StoryPanel';
import { ReaderScreen } from '../reader/ReaderScreen';
import { GlossaryPopover } from '../glossary/GlossaryPopover';
import { SettingsScreen } from '../settings/SettingsScreen';
import { AboutScreen } from '../about/AboutScreen';
import { VocabularyScreen } from '../vocabulary/VocabularyScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { AddTextScreen } from '../ownTexts/AddTextScreen';
import { QuizScreen } from '../quiz/QuizScreen';
import { CompareScreen } from '../stories/CompareScreen';
import { ProgressScreen } from '../progress/ProgressScreen';
import { PacksScreen } from '../packs/PacksScreen';
import { PackEditorScreen } from '../packs/editor/PackEditorScreen';
import { ClassOverviewScreen } from '../packs/overview/ClassOverviewScreen';
import { PackScreen } from '../packs/student/PackScreen';
import { useTeacherMode } from '../domain/teacherMode';
import { useServices } from '../domain/AppContext';
import { ChangedElsewhereBanner } from './ChangedElsewhere';
import { ScreenBoundary } from './ErrorBoundaries';
import { SaveErrorRegion } from './SaveErrorRegion';
import { hrefOf, useRoute, type Route } from '../domain/route';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  useFocusMainOnNavigation(route);
  const { db, host } = useServices();
  const teacherMode = useTeacherMode(db) === true;
  const navItems: { route: Route; label: string }[] = [
    { route: { screen: 'library' }, label: t('nav.library') },
    { route: { screen: 'vocabulary' }, label: t('nav.vocabulary') },
    { route: { screen: 'review' }, label: t('nav.review') },
    { route: { screen: 'progress' }, label: t('nav.progress') },
    ...(teacherMode ? [{ route: { screen: 'packs' } as Route, label: t('nav.packs') }] : []),
    { route: { screen: 'settings' }, label: t('nav.settings') },
    { route: { screen: 'about' }, label: t('nav.about') },
  ];
  return (
    <div className="shell">
      {/* Routes live in the hash, so the skip link moves focus itself instead of navigating to "#main". */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">L{/* eslint-disable-line local/no-literal-ui-text -- the logo's letter, aria-hidden like the whole brand */}</span> {t('appName')}
        </div>
        <ul>
          {navItems.map((item) => {
            const current = item.route.screen === navSection(route.screen, teacherMode);
            return (
              <li key={item.route.screen}>
                <a href={hrefOf(item.route)} aria-current={current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <ChangedElsewhereBanner db={db} />
        <ScreenBoundary route={route} db={db} host={host}>
          <Screen route={route} />
        </ScreenBoundary>
      </main>
      <SaveErrorRegion />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.screen) {
    case 'library':
      return <LibraryScreen packCollections={<PackCollections />} storyPanel={<StoryPanel />} />;
    case 'reader':
      return <ReaderScreen articleId={route.articleId} Popover={GlossaryPopover} />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
    case 'vocabulary':
      return <VocabularyScreen />;
    case 'review':
      return <ReviewScreen />;
    case 'addText':
      return <AddTextScreen />;
    case 'quiz':
      return <QuizScreen target={route.target} />;
    case 'compare':
      return <CompareScreen storyId={route.storyId} />;
    case 'progress':
      return <ProgressScreen />;
    case 'packs':
      return <PacksScreen />;
    case 'packEditor':
      return <PackEditorScreen draftId={route.draftId} key={route.draftId} />;
    case 'classOverview':
      return <ClassOverviewScreen packId={route.packId} key={route.packId} />;
    case 'pack':
      return <PackScreen packId={route.packId} key={route.packId} />;
    case 'notFound':
      return (
        <section className="empty-state">
          <p>{t('notFound')}</p>
          <a href={hrefOf({ screen: 'library' })}>{t('backToLibrary')}</a>
        </section>
      );
  }
}

/** The sidebar item a screen belongs to: texts, quizzes and a student's pack under the library; the teacher's pack screens under "Lesson packs". */
function navSection(screen: Route['screen'], teacherMode: boolean): Route['screen'] {
  if (['reader', 'addText', 'quiz', 'compare', 'pack'].includes(screen)) return 'library';
  if (screen === 'packEditor' || screen === 'classOverview') return 'packs';
  if (screen === 'packs') return teacherMode ? 'packs' : 'library';
  return screen;
}

/** After a hash change, keyboard and screen-reader users continue in the new screen, not at the top (issue 9). */
function useFocusMainOnNavigation(route: Route) {
  const previous = useRef(route);
  useEffect(() => {
    if (previous.current === route) return;
    previous.current = route;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route]);
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

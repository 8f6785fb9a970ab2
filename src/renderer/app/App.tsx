import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../library/LibraryScreen';
import { ReaderScreen } from '../reader/ReaderScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { hrefOf, useRoute, type Route } from './route';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const navItems: { route: Route; label: string }[] = [
    { route: { screen: 'library' }, label: t('nav.library') },
    { route: { screen: 'settings' }, label: t('nav.settings') },
  ];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('appName')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">L</span> {t('appName')}
        </div>
        <ul>
          {navItems.map((item) => {
            const current = item.route.screen === route.screen || (route.screen === 'reader' && item.route.screen === 'library');
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
        <Screen route={route} />
      </main>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'reader':
      return <ReaderScreen articleId={route.articleId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'notFound':
      return (
        <section className="empty-state">
          <p>{t('notFound')}</p>
          <a href={hrefOf({ screen: 'library' })}>{t('backToLibrary')}</a>
        </section>
      );
  }
}

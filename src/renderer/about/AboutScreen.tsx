import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { appLicense, dataCredits, libraryCredits } from './credits';
import { TEXT_LANG } from '../textLanguage';

/** Credits what ships: the app's licence, the bundled data with source and licence, outlets, libraries (issue 9). */
export function AboutScreen() {
  const { t } = useTranslation('about');
  const { host } = useServices();
  return (
    <section aria-labelledby="about-title" className="about">
      <header className="screen-header">
        <h1 id="about-title">{t('title')}</h1>
        <p className="muted">{t('version', { version: host.appVersion })}</p>
      </header>

      <section aria-labelledby="about-license">
        <h2 id="about-license">{t('license.title')}</h2>
        <p>{t('license.body', { license: appLicense })}</p>
        <p className="muted">{t('license.warranty')}</p>
      </section>

      <section aria-labelledby="about-data">
        <h2 id="about-data">{t('data.title')}</h2>
        <table className="credits">
          <thead>
            <tr>
              <th scope="col">{t('columns.data')}</th>
              <th scope="col">{t('columns.source')}</th>
              <th scope="col">{t('columns.license')}</th>
            </tr>
          </thead>
          <tbody>
            {dataCredits.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {t(`data.${d.id}`)}
                  {d.id === 'morphology' && <p className="muted credit-note">{t('data.morphologyAttribution')}</p>}
                  {d.id === 'frequencies' && <p className="muted credit-note">{t('data.frequenciesAttribution')}</p>}
                  {d.id === 'ner' && <p className="muted credit-note">{t('data.nerAttribution')}</p>}
                </th>
                <td>
                  <span className="credit-name">{d.name}</span>
                  <span className="muted credit-note">{d.origin}</span>
                  <span className="muted credit-note">{d.url}</span>
                </td>
                <td>
                  <span className="license-id">{d.license}</span>
                  <span className="muted credit-note">{t('data.licenseFile', { file: d.licenseFile })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <BundledArticles />

      <section aria-labelledby="about-libraries">
        <h2 id="about-libraries">{t('libraries.title')}</h2>
        <p className="muted">{t('libraries.body')}</p>
        <table className="credits">
          <thead>
            <tr>
              <th scope="col">{t('columns.library')}</th>
              <th scope="col">{t('columns.license')}</th>
            </tr>
          </thead>
          <tbody>
            {libraryCredits.map((l) => (
              <tr key={l.name}>
                <th scope="row">
                  <span className="credit-name">{l.name}</span>
                  <span className="muted credit-note">{l.url}</span>
                </th>
                <td className="license-id">{l.license}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** The outlets come from the articles themselves, so a changed bundle credits the right sources. */
function BundledArticles() {
  const { t } = useTranslation('about');
  const { db } = useServices();
  const articles = useLiveQuery(() => db.articles.where('origin').equals('bundled').sortBy('id'), [db]);
  if (!articles) return null;
  return (
    <section aria-labelledby="about-articles">
      <h2 id="about-articles">{t('articles.title')}</h2>
      <p>
        {t('articles.body')} <span className="muted">{t('articles.count', { count: articles.length })}</span>
      </p>
      <table className="credits">
        <thead>
          <tr>
            <th scope="col">{t('columns.outlet')}</th>
            <th scope="col">{t('columns.article')}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.outlet ?? <span className="muted credit-note">{t('articles.unknownOutlet')}</span>}</th>
              <td lang={TEXT_LANG}>{a.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

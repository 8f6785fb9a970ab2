import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNamespace, resources, uiLanguages, type UiLanguage } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['en'];
  }
}

/** The first start follows the system locale; afterwards the user's choice from settings. */
export function pickUiLanguage(saved: unknown, systemLocale: string): UiLanguage {
  if (typeof saved === 'string' && (uiLanguages as string[]).includes(saved)) return saved as UiLanguage;
  const base = systemLocale.toLowerCase().split(/[-_]/)[0];
  return uiLanguages.find((l) => l === base) ?? 'en';
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    // No vendor notice in the console: it costs ~60 ms of the first paint whenever DevTools is attached (issue 19).
    showSupportNotice: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

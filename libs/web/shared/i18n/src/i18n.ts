import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALE } from './format';
import { nl } from './locales/nl';

export const DEFAULT_LANGUAGE = 'nl';

/**
 * Creates the i18next instance, synchronously (the Dutch texts are bundled), so the first render
 * already has its texts. Built-in formatters (`{{value, number}}`, `{{value, datetime}}`) use nl-NL.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [DEFAULT_LANGUAGE],
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  if (typeof document !== 'undefined') document.documentElement.lang = DEFAULT_LANGUAGE;
  return instance;
}

export { LOCALE };

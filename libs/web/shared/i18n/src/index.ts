export { createI18n, DEFAULT_LANGUAGE, LOCALE } from './i18n';
export { formatCurrency, formatDate, formatDateTime, formatNumber, formatShortDate, formatTime } from './format';
export { nl, type Resources } from './locales/nl';
export { I18nextProvider, Trans, useTranslation } from 'react-i18next';

// i18next set-up. Chinese is the default; the choice is remembered in localStorage (read
// synchronously at start so the first paint is already in the right language).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';
import { featureMessagesFlush } from './featureMessages';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = 'wagedesk.language';

export function languageStored(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  const saved = storage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

/** Synchronous: the tables are bundled, so the first render needs no wait (initAsync: false). */
export function i18nInit(language: Language = languageStored()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      initAsync: false,
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: language,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  }
  featureMessagesFlush();
  document.documentElement.lang = language;
  return i18next;
}

export async function languageSwitch(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be full or blocked; the switch still applies for this session.
  }
}

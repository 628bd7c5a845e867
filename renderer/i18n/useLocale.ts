import { useTranslation } from 'react-i18next';
import type { Language } from './index';

/** The current UI language, for Intl formatting in shared/format. */
export function useLocale(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

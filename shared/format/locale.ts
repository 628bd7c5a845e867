// The display languages the app ships (renderer/i18n has the same two). Chinese is the working language.
export type DisplayLocale = 'zh-CN' | 'en';

// Text of a feature that loads on demand: registered with i18next when its screen's module first loads,
// so the start-up bundle carries only the shell's text. `en` must have zh's shape (checked by the compiler).
import i18next from 'i18next';

export type MessagesShape<T> = { -readonly [K in keyof T]: T[K] extends string ? string : MessagesShape<T[K]> };

export function featureMessagesRegister<T extends object>(group: string, zh: T, en: MessagesShape<T>): void {
  i18next.addResourceBundle('zh-CN', 'translation', { [group]: zh }, true, true);
  i18next.addResourceBundle('en', 'translation', { [group]: en }, true, true);
}

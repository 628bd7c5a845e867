// Text of a feature that loads on demand: registered with i18next when its screen's module first loads,
// so the start-up bundle carries only the shell's text. `en` must have zh's shape (checked by the compiler).
import i18next from 'i18next';

export type MessagesShape<T> = { -readonly [K in keyof T]: T[K] extends string ? string : MessagesShape<T[K]> };

type Bundle = { readonly group: string; readonly zh: object; readonly en: object };
const pending: Bundle[] = [];

function bundleAdd({ group, zh, en }: Bundle): void {
  i18next.addResourceBundle('zh-CN', 'translation', { [group]: zh }, true, true);
  i18next.addResourceBundle('en', 'translation', { [group]: en }, true, true);
}

export function featureMessagesRegister<T extends object>(group: string, zh: T, en: MessagesShape<T>): void {
  // A module may load before i18n is set up (tests, early imports): keep the text until it is.
  if (i18next.isInitialized) bundleAdd({ group, zh, en });
  else pending.push({ group, zh, en });
}

/** Called by i18nInit once i18next is ready. */
export function featureMessagesFlush(): void {
  for (const bundle of pending.splice(0)) bundleAdd(bundle);
}

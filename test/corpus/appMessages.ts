// What the user reads for an error code, straight from the app's i18n tables (renderer/i18n/zh-CN.ts
// and en.ts are plain data): errors.<code> for errors, validation.* keys for form fields. A message
// counts as clear when it exists in both languages, the Chinese one is Chinese, and every {{placeholder}}
// it shows is filled from the error's params (otherwise the user would read "{{field}}").
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

export interface CorpusMessage {
  readonly zh: string;
  readonly en: string;
}

const cjk = /[\u4e00-\u9fff]/;

function lookup(table: unknown, path: readonly string[]): string | null {
  let node: unknown = table;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : null;
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
}

/** errors.<code> in both tables, or null. */
export function errorMessage(code: string): CorpusMessage | null {
  const zh = lookup(zhCN.errors, [code]);
  const english = lookup(en.errors, [code]);
  return zh !== null && english !== null ? { zh, en: english } : null;
}

/** A validation.* key (dotted) in both tables, or null. */
export function validationMessage(key: string): CorpusMessage | null {
  if (!key.startsWith('validation.')) return null;
  const path = key.split('.');
  const zh = lookup(zhCN, path);
  const english = lookup(en, path);
  return zh !== null && english !== null ? { zh, en: english } : null;
}

/**
 * Problems with a message for an error with `params`: empty list when it is clear. `supplied` names
 * placeholders the screen fills itself (e.g. the credit code form passes {{length}}).
 */
export function messageProblems(message: CorpusMessage | null, params: Readonly<Record<string, unknown>> = {}, supplied: readonly string[] = []): string[] {
  if (message === null) return ['no message in zh-CN.ts and en.ts'];
  const problems: string[] = [];
  if (!cjk.test(message.zh)) problems.push(`the Chinese message has no Chinese: ${message.zh}`);
  if (!/[A-Za-z]{2,}/.test(message.en) || cjk.test(message.en)) problems.push(`the English message is not English: ${message.en}`);
  for (const [language, text] of [['zh', message.zh], ['en', message.en]] as const) {
    for (const name of placeholders(text)) {
      if (!(name in params) && !supplied.includes(name)) problems.push(`${language} shows {{${name}}} but the error has no such param`);
    }
  }
  return problems;
}

/** A CLI error line speaks both languages: a Chinese sentence (not just 错误) and English words. */
export function cliLineProblems(line: string): string[] {
  const problems: string[] = [];
  const chinese = line.replace(/错误/g, '').match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (chinese < 4) problems.push(`no Chinese sentence: ${line}`);
  const english = line.replace(/\berror\b/gi, '').match(/\b[A-Za-z]{2,}\b/g)?.length ?? 0;
  if (english < 2) problems.push(`no English words: ${line}`);
  return problems;
}

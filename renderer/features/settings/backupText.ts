// The words around a backup: its file name, when it was made, the restore preview and its errors.
import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/result';
import { backupTableNames } from '../../data/lists';
import type { BackupPlan, BackupTableName } from '../../data/types';
import { errorText } from '../../app/errorText';
import type { Language } from '../../i18n';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD-HHmm` in local time: the moment the user pressed the button, as their clock shows it. */
export function backupFileStamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/** An ISO instant as local date and time: zh "2021年1月10日 16:00", en "10 Jan 2021, 16:00". */
export function backupInstantText(iso: string, locale: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** At most this many names per list in the preview; the rest are counted. */
const namesShown = 8;

function namesText(t: TFunction, names: readonly string[]): string {
  const separator = t('enterprises.listSeparator');
  const shown = names.slice(0, namesShown).join(separator);
  return names.length > namesShown ? t('backup.planMore', { names: shown, count: names.length }) : shown;
}

/** The restore preview as sentences, for the confirm dialog's body. */
export function backupPlanText(plan: BackupPlan, t: TFunction, locale: Language): string {
  if (plan.noChange) return [t('backup.planNoChange'), ...witnessKeySentences(plan, t)].join(locale === 'en' ? ' ' : '');
  const sentences = [t('backup.planIntro', { when: backupInstantText(plan.createdAt, locale), version: plan.appVersion })];
  for (const [table, change] of Object.entries(plan.tables)) {
    if (change.added + change.changed + change.removed === 0) continue;
    sentences.push(t('backup.planTable', { table: t(`backup.tables.${table}`), ...change }));
  }
  const { added, removed, changed } = plan.enterprises;
  if (added.length > 0) sentences.push(t('backup.planAdded', { names: namesText(t, added) }));
  if (removed.length > 0) sentences.push(t('backup.planRemoved', { names: namesText(t, removed) }));
  if (changed.length > 0) sentences.push(t('backup.planChanged', { names: namesText(t, changed) }));
  sentences.push(...witnessKeySentences(plan, t));
  return sentences.join(locale === 'en' ? ' ' : '');
}

/** What happens to the witness key, which a restore never writes (docs/backup-format.md, version 2). */
function witnessKeySentences(plan: BackupPlan, t: TFunction): string[] {
  if (plan.witnessKeyInFile === 'clearDropped') return [t('backup.planWitnessClear')];
  if (plan.witnessKeyInFile === 'sealed') return [t('backup.planWitnessSealed')];
  const registry = plan.tables.registry;
  const federationData = registry.added + registry.changed + registry.unchanged > 0;
  return !plan.witnessKeyHeld && federationData ? [t('backup.planWitnessMissing')] : [];
}

const tableLabels: readonly (BackupTableName | 'header')[] = [...backupTableNames, 'header'];

/** errorText, with a table name in the params shown as the user's word for it. */
export function backupErrorText(error: AppError, t: TFunction): string {
  const table = error.params?.table;
  if (typeof table === 'string' && (tableLabels as readonly string[]).includes(table)) {
    return errorText({ ...error, params: { ...error.params, table: t(`backup.tables.${table}`) } });
  }
  return errorText(error);
}

// The backup card's actions: download a backup, read a file into a restore preview, restore on confirm.
// Nothing is written to the store before the user confirms the preview.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { backupParse, backupText, type BackupDocument } from '../../../shared/backup/format';
import { backupDecrypt, backupEncrypt } from '../../../shared/backup/encrypted';
import { fileRead } from '../../platform/fileRead/fileRead';
import { useAppStore } from '../../app/store';
import { backupEventEmit, backupEventsSubscribe } from '../../app/backupEvents';
import { platform } from '../../platform';
import { send } from '../../data/send';
import type { BackupPlan } from '../../data/types';
import { backupFileStamp } from './backupText';
import { userDataSourcesReload } from '../../app/userDataSource';
import { useBusyAction } from '../../components/useBusyAction';

export interface PendingRestore {
  readonly document: BackupDocument;
  readonly plan: BackupPlan;
  /** The file's name, recorded with the restore in the change history. */
  readonly fileName: string;
}

export interface BackupState {
  /** ISO instant of the last backup saved from this store; undefined while loading. */
  readonly lastAt: string | null | undefined;
  readonly busy: boolean;
  readonly error: AppError | null;
  readonly pending: PendingRestore | null;
  /** An encrypted backup was chosen: its text, waiting for the passphrase. */
  readonly locked: string | null;
  /** While a chosen file is read: the share of its bytes read so far, 0–100. */
  readonly readPercent: number | null;
  /**
   * Saves a backup. `witnessKeyPassphrase` only when the user ticked "include the witness key": the
   * file then carries it sealed with that passphrase, and its name says so. `passphrase`: the whole
   * file is encrypted with it (shared/backup/encrypted.ts).
   */
  download(options?: { readonly witnessKeyPassphrase?: string; readonly passphrase?: string }): Promise<void>;
  open(file: File): Promise<void>;
  /** Opens the locked backup with its passphrase, then previews it; a wrong one changes nothing. */
  unlock(passphrase: string): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

export function useBackup(): BackupState {
  const { t } = useTranslation();
  const [lastAt, setLastAt] = useState<string | null | undefined>(undefined);
  const { busy, error, run } = useBusyAction();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [locked, setLocked] = useState<string | null>(null);
  const [lockedName, setLockedName] = useState('');
  const [readPercent, setReadPercent] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void send('backupLastAt').then((read) => live && setLastAt(read.ok ? read.value : null));
    return () => {
      live = false;
    };
  }, []);

  // Automatic backups (and a download from another card) move "last backup" on.
  useEffect(
    () =>
      backupEventsSubscribe((event) => {
        if (event.kind === 'made') setLastAt(event.at);
      }),
    [],
  );

  const download = useCallback(
    (options: { readonly witnessKeyPassphrase?: string; readonly passphrase?: string } = {}) =>
      run(async () => {
        const { witnessKeyPassphrase, passphrase } = options;
        const created = await send('backupCreate', witnessKeyPassphrase === undefined ? {} : { witnessKeyPassphrase });
        if (!created.ok) return created.error;
        const { document, unreadable } = created.value;
        const stamp = backupFileStamp(new Date(document.createdAt));
        let text = backupText(document);
        if (passphrase !== undefined) {
          const sealed = await backupEncrypt(text, document, passphrase);
          if (!sealed.ok) return sealed.error;
          text = sealed.value;
        }
        const name = document.witnessKey ? t('backup.fileNameWithKey', { stamp }) : t('backup.fileName', { stamp });
        const saved = await platform().saveFile({
          suggestedName: passphrase === undefined ? name : name.replace(/\.json$/, t('backup.fileNameEncryptedSuffix')),
          data: new TextEncoder().encode(text),
          mimeType: 'application/json',
          extensions: ['json'],
        });
        if (!saved.ok) return saved.error;
        if (!saved.value.saved) return null; // the user closed the save dialog
        // The file is out; failing to note when only costs the "last backup" line.
        const noted = await send('backupLastAtSet', { at: document.createdAt });
        const path = saved.value.path;
        if (noted.ok) backupEventEmit({ kind: 'made', at: noted.value, where: path, automatic: false });
        useAppStore.getState().noticeShow({
          tone: 'info',
          text: unreadable > 0 ? t('backup.savedUnreadable', { path, count: unreadable }) : t('backup.saved', { path }),
        });
        return null;
      }),
    [run, t],
  );

  const planShow = useCallback(async (document: BackupDocument, fileName: string): Promise<AppError | null> => {
    const plan = await send('backupPlan', { document });
    if (!plan.ok) return plan.error;
    setPending({ document, plan: plan.value, fileName });
    return null;
  }, []);

  const preview = useCallback(
    async (text: string, fileName: string): Promise<AppError | null> => {
      const parsed = await backupParse(text);
      return parsed.ok ? planShow(parsed.value, fileName) : parsed.error;
    },
    [planShow],
  );

  // Read and checked off the UI thread (platform/fileRead), the percentage shown while the bytes come in.
  // Another file chosen, or the card closed, gives the read up and ends its worker.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);
  const open = useCallback(
    (file: File) =>
      run(async () => {
        reading.current?.abort();
        const read = (reading.current = new AbortController());
        const outcome = await fileRead({ kind: 'backup', source: file }, setReadPercent, { signal: read.signal });
        if (read.signal.aborted) return null;
        setReadPercent(null);
        if (outcome.kind !== 'backup') return null;
        if (!outcome.read.ok) return outcome.read.error;
        if ('locked' in outcome.read.value) {
          setLocked(outcome.read.value.locked);
          setLockedName(file.name);
          return null;
        }
        return planShow(outcome.read.value.document, file.name);
      }),
    [run, planShow],
  );

  const unlock = useCallback(
    (passphrase: string) =>
      run(async () => {
        if (locked === null) return null;
        const opened = await backupDecrypt(locked, passphrase);
        if (!opened.ok) return opened.error;
        setLocked(null);
        return preview(opened.value, lockedName);
      }),
    [run, locked, lockedName, preview],
  );

  const confirm = useCallback(async () => {
    const document = pending?.document;
    const fileName = pending?.fileName ?? null;
    setPending(null);
    if (!document) return;
    await run(async () => {
      const restored = await send('backupRestore', { document, fileName });
      if (!restored.ok) return restored.error;
      const store = useAppStore.getState();
      useAppStore.setState({ people: {} });
      await store.enterprisesLoad();
      // The calendar and minimum-wage entries came back with the settings: re-read what is in use.
      await userDataSourcesReload();
      store.noticeShow({ tone: 'info', text: t('backup.restored') });
      return null;
    });
  }, [pending, run, t]);

  const cancel = useCallback(() => {
    setPending(null);
    setLocked(null);
  }, []);

  return { lastAt, busy, error, pending, locked, readPercent, download, open, unlock, confirm, cancel };
}

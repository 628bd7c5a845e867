// Where automatic backups go, for Settings: loaded from platform(), reloaded when a backup is made or a
// folder is chosen; choosing a folder (browser) writes a first backup there at once.
import { useCallback, useEffect, useState } from 'react';
import { resultOk, type AppError, type Result } from '../../../shared/result';
import { backupAutoFailure, backupEventEmit, backupEventsSubscribe } from '../../app/backupEvents';
import { platform, type BackupDestination } from '../../platform';
import { useBusyAction } from '../../components/useBusyAction';

export interface BackupDestinationState {
  /** undefined while loading. */
  readonly destination: Result<BackupDestination> | undefined;
  /** The last automatic backup's error, if it failed. */
  readonly failure: AppError | null;
  readonly busy: boolean;
  /** The error of the last choose / permit action. */
  readonly error: AppError | null;
  /** Present where a folder can be chosen (browser with the File System Access API). */
  readonly choose?: () => Promise<void>;
  readonly permit?: () => Promise<void>;
}

async function backupRightAway(): Promise<void> {
  await (await import('../../app/autoBackupLive')).autoBackupNow();
}

export function useBackupDestination(): BackupDestinationState {
  const [destination, setDestination] = useState<Result<BackupDestination> | undefined>(undefined);
  const [failure, setFailure] = useState<AppError | null>(backupAutoFailure);
  const [version, setVersion] = useState(0);
  const { busy, error, run: act } = useBusyAction();

  useEffect(
    () =>
      backupEventsSubscribe((event) => {
        if (event.kind === 'changed') return;
        setFailure(backupAutoFailure());
        setVersion((v) => v + 1);
      }),
    [],
  );
  useEffect(() => {
    let live = true;
    void platform()
      .backupDestination()
      .then((read) => live && setDestination(read));
    return () => {
      live = false;
    };
  }, [version]);

  const choose = useCallback(
    () =>
      act(async () => {
        const chosen = (await platform().backupFolderChoose?.()) ?? resultOk(null);
        if (!chosen.ok) return chosen.error;
        if (chosen.value === null) return null; // the user closed the picker
        backupEventEmit({ kind: 'destinationChanged' });
        await backupRightAway();
        return null;
      }),
    [act],
  );

  const permit = useCallback(
    () =>
      act(async () => {
        const granted = (await platform().backupFolderPermit?.()) ?? resultOk(false);
        if (!granted.ok) return granted.error;
        backupEventEmit({ kind: 'destinationChanged' });
        if (granted.value) await backupRightAway();
        return null;
      }),
    [act],
  );

  const target = platform();
  return { destination, failure, busy, error, choose: target.backupFolderChoose ? choose : undefined, permit: target.backupFolderPermit ? permit : undefined };
}

// 导入报送包: pick files, give passwords where a file is encrypted, read the preview, confirm. Each file
// is checked on its own; the import itself is one transaction (renderer/db/registryRepo.ts).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleContents } from '../../../shared/bundle/contents';
import { importPlanApplies, type BundleImportPlan } from '../../../shared/bundle/importPlan';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import type { Result } from '../../../shared/result';
import { useAppStore } from '../../app/store';
import { federationErrorText } from './federationErrorText';
import { importChangeText } from './importChangeText';
import { ImportProgress, type ImportProgressState } from './ImportProgress';
import { importPreview, pickedRead, type PickedFile } from './importFiles';
import { BundleTrustNote, decisionsOf, trustInput, type Decision } from './BundleTrustNote';
import type { TrustedKey } from '../../../shared/bundle/trust';
import type { ImportDecisions } from '../../data/types';

interface ImportPanelProps {
  readonly registry: BundleRegistry;
  /** Pinned keys: a bundle from another key for a known enterprise is held for a decision here. */
  readonly pinned: readonly TrustedKey[];
  readonly onImport: (bundles: readonly BundleContents[], decisions?: ImportDecisions) => Promise<Result<readonly BundleImportPlan[]>>;
}

let fileSeq = 0;

function PasswordRow({ file, onOpen }: { readonly file: PickedFile; readonly onOpen: (password: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const wrong = file.state.kind === 'password' && file.state.wrong;
  return (
    <form
      className="federation-password"
      onSubmit={(e) => {
        e.preventDefault();
        if (password !== '') onOpen(password);
      }}
    >
      <p className={wrong ? 'field-error' : 'muted'} role={wrong ? 'alert' : undefined}>
        {wrong ? t('federation.import.passwordWrong') : t('federation.import.passwordNeeded')}
      </p>
      <label htmlFor={id}>{t('federation.import.password', { file: file.name })}</label>
      <input id={id} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit" disabled={password === ''}>{t('federation.import.open')}</button>
    </form>
  );
}

export function ImportPanel({ registry, pinned, onImport }: ImportPanelProps) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [decisions, setDecisions] = useState<Readonly<Record<string, Decision>>>({});

  // The reads still going, by file: a file removed (or the panel closed) gives its read up, ending its worker.
  const reads = useRef(new Map<number, AbortController>());
  const readStart = (id: number) => {
    const read = new AbortController();
    reads.current.get(id)?.abort();
    reads.current.set(id, read);
    return read.signal;
  };
  const readsEnd = (ids?: readonly number[]) => {
    for (const id of ids ?? [...reads.current.keys()]) {
      reads.current.get(id)?.abort();
      reads.current.delete(id);
    }
  };
  const readDone = (id: number, signal: AbortSignal) => {
    if (reads.current.get(id)?.signal === signal) reads.current.delete(id);
  };
  useEffect(() => {
    const live = reads.current;
    return () => {
      for (const read of live.values()) read.abort();
      live.clear();
    };
  }, []);
  const fileRemove = (id: number) => {
    readsEnd([id]);
    setFiles((all) => all.filter((f) => f.id !== id));
  };

  const update = (id: number, next: Partial<PickedFile>) => setFiles((all) => all.map((f) => (f.id === id ? { ...f, ...next } : f)));

  async function pick(list: FileList | null) {
    if (!list || list.length === 0) return;
    setRefusal(null);
    const picked = [...list].map((file) => ({ file, entry: { id: ++fileSeq, name: file.name, bytes: null, state: { kind: 'reading' } } as PickedFile }));
    setFiles((all) => [...all, ...picked.map((p) => p.entry)]);
    if (input.current) input.current.value = ''; // the same file can be picked again
    const total = picked.length;
    setProgress({ stage: 'reading', done: 0, total });
    // All at once, each in its own worker: a big or damaged file never holds up the others.
    let done = 0;
    await Promise.all(
      picked.map(async ({ file, entry }) => {
        const signal = readStart(entry.id);
        const read = await pickedRead(file, undefined, (percent) => update(entry.id, { state: { kind: 'reading', percent } }), signal);
        if (!signal.aborted) update(entry.id, read.bytes ? { bytes: read.bytes, state: read.state } : { state: read.state });
        readDone(entry.id, signal);
        setProgress({ stage: 'reading', done: ++done, total });
      }),
    );
  }

  async function unlock(file: PickedFile, password: string) {
    if (!file.bytes) return;
    update(file.id, { state: { kind: 'reading' } });
    const signal = readStart(file.id);
    const read = await pickedRead(file.bytes, password, () => {}, signal);
    if (!signal.aborted) update(file.id, { state: read.state });
    readDone(file.id, signal);
  }

  // Planned as the import will be: an accepted key counts as the enterprise's (what the user will see applied).
  const preview = useMemo(() => importPreview(registry, files, trustInput(pinned, decisions)), [registry, files, pinned, decisions]);
  const undecided = preview.plans.some(({ plan }) => plan.trust.kind === 'held' && !decisions[plan.creditCode]);
  const planOf = (id: number) => preview.plans.find((p) => p.fileId === id)?.plan;
  const ready = files.filter((f) => f.state.kind === 'ready');
  const pending = files.some((f) => f.state.kind !== 'ready');
  // A file still being read is neither ready nor refused yet: confirming now would leave it out unsaid.
  const reading = files.some((f) => f.state.kind === 'reading');

  async function confirm() {
    setBusy(true);
    const bundles = ready.flatMap((f) => (f.state.kind === 'ready' ? [f.state.opened.contents] : []));
    setProgress({ stage: 'writing', total: bundles.length });
    const done = await onImport(bundles, decisionsOf(decisions));
    setBusy(false);
    setProgress(done.ok ? { stage: 'done', total: bundles.length } : null);
    if (!done.ok) {
      setRefusal(t('federation.import.refused', { reason: federationErrorText(done.error) }));
      return;
    }
    // A held or refused bundle applied nothing: its planned changes are not counted.
    const changes = done.value.filter(importPlanApplies).reduce((n, p) => n + p.changes.length, 0);
    noticeShow({ tone: 'info', text: changes === 0 ? t('federation.import.doneNoChange') : t('federation.import.done', { count: done.value.length, changes }) });
    setFiles([]);
    setDecisions({});
  }

  const refusedText = preview.refused ? t('federation.import.refused', { reason: federationErrorText(preview.refused.error) }) : refusal;

  return (
    <section className="card federation-card" aria-labelledby="federation-import-title">
      <h2 id="federation-import-title">{t('federation.import.title')}</h2>
      <p className="muted">{t('federation.import.hint')}</p>
      <button type="button" onClick={() => input.current?.click()}>{t('federation.import.pick')}</button>
      <input
        ref={input}
        hidden
        type="file"
        multiple
        accept=".wdbundle,application/octet-stream"
        aria-label={t('federation.import.fileLabel')}
        onChange={(e) => void pick(e.target.files)}
      />
      {progress ? <ImportProgress progress={progress} /> : null}
      {files.length > 0 ? (
        <div className="federation-plan" role="region" aria-labelledby="federation-plan-title">
          <h3 id="federation-plan-title">{t('federation.import.planTitle')}</h3>
          <p className="muted">{t('federation.import.planIntro')}</p>
          <ul className="federation-files">
            {files.map((file) => {
              const plan = planOf(file.id);
              const titles = file.state.kind === 'ready' ? file.state.opened.contents.agreements : [];
              const titleOf = (agreementId: string) => titles.find((a) => a.agreementId === agreementId)?.title ?? registry.agreements[agreementId]?.versions[0]?.title ?? agreementId;
              return (
                <li key={file.id} className="federation-file">
                  <div className="federation-file-head">
                    <strong>{file.name}</strong>
                    {plan ? <span className="muted">{t('federation.import.enterprise', { name: plan.enterpriseName, code: plan.creditCode })}</span> : null}
                    <span className="spacer" />
                    <button type="button" onClick={() => fileRemove(file.id)} aria-label={`${t('federation.import.remove')} ${file.name}`}>
                      {t('federation.import.remove')}
                    </button>
                  </div>
                  {file.state.kind === 'reading' ? <p className="muted" role="status">{file.state.percent === undefined ? t('federation.import.reading') : t('federation.import.readingPercent', { percent: file.state.percent })}</p> : null}
                  {file.state.kind === 'password' ? <PasswordRow file={file} onOpen={(pw) => void unlock(file, pw)} /> : null}
                  {file.state.kind === 'failed' ? (
                    <p className="field-error" role="alert">{t('federation.import.fileError', { file: file.name, reason: federationErrorText(file.state.error) })}</p>
                  ) : null}
                  {plan ? <BundleTrustNote plan={plan} decision={decisions[plan.creditCode]} onDecide={(d) => setDecisions((all) => ({ ...all, [plan.creditCode]: d }))} /> : null}
                  {plan && plan.changes.length === 0 ? <p className="federation-nochange">{t('federation.import.noChange')}</p> : null}
                  {plan && plan.changes.length > 0 ? (
                    <ul className="federation-changes">
                      {plan.changes.map((change, i) => (
                        <li key={i} data-kind={change.kind}>{importChangeText(change, t, titleOf)}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {refusedText ? <p className="field-error" role="alert">{refusedText}</p> : null}
          {pending && !reading && ready.length > 0 ? <p className="muted">{t('federation.import.waiting')}</p> : null}
          {undecided ? <p className="muted">{t('federation.trust.bundle.undecided')}</p> : null}
          <div className="dialog-actions">
            <button type="button" onClick={() => { readsEnd(); setFiles([]); setRefusal(null); setProgress(null); setDecisions({}); }}>{t('federation.import.cancel')}</button>
            <button type="button" className="button-primary" disabled={busy || reading || ready.length === 0 || preview.refused !== null || undecided} onClick={() => void confirm()}>
              {t('federation.import.confirm')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

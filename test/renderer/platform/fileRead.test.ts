// Reading picked files: the bytes come in with progress to 100 %, a bundle opens and a backup parses in
// the same job, a sealed backup comes back locked, a failing read is an error value, and files read
// together settle on their own: one that never finishes holds up none of the others. In unit tests there
// is no Worker, so fileRead runs the job in place (the same code the worker runs).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupDocumentBuild, backupText } from '../../../shared/backup/format';
import { backupEncrypt } from '../../../shared/backup/encrypted';
import { fileRead, fileReadStallMs } from '../../../renderer/platform/fileRead/fileRead';
import { blobBytes } from '../../../renderer/platform/fileRead/fileReadJob';
import { referenceBundleFile } from '../../shared/bundle/fixtures';
import { SilentWorker } from './silentWorker';

const header = { appVersion: '0.1.0', schemaVersion: 7, createdAt: '2021-02-01T00:00:00.000Z' };

async function backupFile(): Promise<string> {
  const built = await backupDocumentBuild(header, { settings: [{ key: 'language', value: 'zh-CN' }] });
  if (!built.ok) throw new Error(built.error.code);
  return backupText(built.value);
}

/** A blob whose bytes come in `chunks` pieces, or never (`stuck`), or fail part way (`failing`). */
function blobOf(bytes: Uint8Array, how: 'chunks' | 'stuck' | 'failing' = 'chunks', chunks = 10): Blob {
  const blob = new Blob([new Uint8Array(bytes)]);
  const step = Math.ceil(bytes.length / chunks);
  let at = 0;
  const stream = () =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (how === 'stuck') return new Promise<void>(() => {});
        if (how === 'failing' && at > 0) return controller.error(new Error('the disk went away'));
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + step));
        at += step;
      },
    });
  return Object.assign(blob, { stream });
}

describe('fileRead', () => {
  it('reports progress up to 100 % and opens a bundle, handing its bytes back', async () => {
    const file = await referenceBundleFile();
    const seen: number[] = [];
    const outcome = await fileRead({ kind: 'bundle', source: blobOf(file) }, (p) => seen.push(p));
    expect(outcome).toMatchObject({ kind: 'bundle', opened: { ok: true } });
    expect(outcome.kind === 'bundle' && outcome.bytes).toEqual(new Uint8Array(file));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('reads the same bytes a stream gives in pieces as the file holds', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    expect(await blobBytes(blobOf(bytes, 'chunks', 7), () => {})).toEqual(bytes);
  });

  it('parses a backup, hands back a sealed one locked, and names what is not one', async () => {
    const text = await backupFile();
    const read = await fileRead({ kind: 'backup', source: new Blob([text]) });
    expect(read).toMatchObject({ kind: 'backup', read: { ok: true, value: { document: { format: 'wagedesk-backup' } } } });
    const sealed = await backupEncrypt(text, header, '一个足够长的备份口令');
    if (!sealed.ok) throw new Error(sealed.error.code);
    expect(await fileRead({ kind: 'backup', source: new Blob([sealed.value]) })).toMatchObject({ read: { ok: true, value: { locked: sealed.value } } });
    expect(await fileRead({ kind: 'backup', source: new Blob(['[[[']) })).toMatchObject({ read: { ok: false, error: { code: 'backup.notJson' } } });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await fileRead({ kind: 'backup', source: new Blob([deep]) })).toMatchObject({ read: { ok: false, error: { code: 'backup.tooDeep' } } });
  });

  it('turns a read that fails part way into an error value', async () => {
    const file = await referenceBundleFile();
    expect(await fileRead({ kind: 'bundle', source: blobOf(file, 'failing') })).toMatchObject({ bytes: null, opened: { ok: false, error: { code: 'file.readFailed' } } });
    expect(await fileRead({ kind: 'backup', source: blobOf(file, 'failing') })).toMatchObject({ read: { ok: false, error: { code: 'backup.readFailed' } } });
  });

  it('lets files read together settle on their own: a stuck one holds up none of the others', async () => {
    const file = await referenceBundleFile();
    let stuckSettled = false;
    void fileRead({ kind: 'bundle', source: blobOf(file, 'stuck') }).then(() => (stuckSettled = true));
    const others = await Promise.all([
      fileRead({ kind: 'bundle', source: blobOf(file) }),
      fileRead({ kind: 'bundle', source: blobOf(file.slice(0, 100)) }),
      fileRead({ kind: 'bundle', source: blobOf(new Uint8Array(0)) }),
    ]);
    expect(others.map((o) => (o.kind === 'bundle' && !o.opened.ok ? o.opened.error.code : 'ok'))).toEqual(['ok', 'bundle.truncated', 'bundle.truncated']);
    expect(stuckSettled).toBe(false);
  });
});

describe('fileRead in a worker that never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    SilentWorker.made = [];
  });
  const start = () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', SilentWorker);
  };

  it('ends the read as file.stalled after the stall guard, the worker ended', async () => {
    start();
    let outcome: unknown = null;
    void fileRead({ kind: 'fingerprint', source: new Blob(['x']), name: 'a.docx' }).then((o) => (outcome = o));
    const [worker] = SilentWorker.made;
    expect(worker?.jobs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(fileReadStallMs - 1);
    expect(outcome).toBeNull();
    expect(worker?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toMatchObject({ kind: 'fingerprint', read: { ok: false, error: { code: 'file.stalled' } } });
    expect(worker?.terminated).toBe(true);
  });

  it('counts the stall from the last progress, and each kind of job fails in its own shape', async () => {
    start();
    const settled: unknown[] = [];
    void fileRead({ kind: 'bundle', source: new Blob(['x']) }).then((o) => settled.push(o));
    void fileRead({ kind: 'backup', source: new Blob(['x']) }).then((o) => settled.push(o));
    await vi.advanceTimersByTimeAsync(fileReadStallMs - 10);
    SilentWorker.made[0]?.say({ type: 'progress', percent: 40 });
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).toEqual([{ kind: 'backup', read: { ok: false, error: expect.objectContaining({ code: 'file.stalled' }) } }]);
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(fileReadStallMs);
    expect(settled[1]).toMatchObject({ kind: 'bundle', bytes: null, opened: { ok: false, error: { code: 'file.stalled' } } });
    expect(SilentWorker.made[0]?.terminated).toBe(true);
  });

  it('ends the worker at once when the read is given up, leaving the others reading', async () => {
    start();
    const removed = new AbortController();
    let outcome: unknown = null;
    void fileRead({ kind: 'bundle', source: new Blob(['x']) }, () => {}, { signal: removed.signal }).then((o) => (outcome = o));
    void fileRead({ kind: 'bundle', source: new Blob(['y']) });
    removed.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toMatchObject({ opened: { ok: false, error: { code: 'file.cancelled' } } });
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, false]);
    // A late answer from an ended read changes nothing.
    SilentWorker.made[0]?.say({ type: 'done', outcome: { kind: 'bundle', bytes: null, opened: { ok: true } } });
    expect(outcome).toMatchObject({ opened: { ok: false } });
  });

  it('hands on the outcome the worker sends, and ends it', async () => {
    start();
    const seen: number[] = [];
    const read = fileRead({ kind: 'fingerprint', source: new Blob(['x']), name: 'v.json' }, (p) => seen.push(p));
    const worker = SilentWorker.made[0];
    worker?.say({ type: 'progress', percent: 100 });
    worker?.say({ type: 'done', outcome: { kind: 'fingerprint', read: { ok: true, value: 'f'.repeat(64) } } });
    expect(await read).toEqual({ kind: 'fingerprint', read: { ok: true, value: 'f'.repeat(64) } });
    expect(seen).toEqual([100]);
    expect(worker?.terminated).toBe(true);
  });
});

describe('fileRead of a fingerprint in place', () => {
  it('reads a version file or .docx the same as the worker would, with progress', async () => {
    const seen: number[] = [];
    const outcome = await fileRead({ kind: 'fingerprint', source: new Blob(['no fingerprint here']), name: 'x.txt' }, (p) => seen.push(p));
    expect(outcome).toMatchObject({ kind: 'fingerprint', read: { ok: false, error: { code: 'verify.noFingerprint' } } });
    const full = 'ab'.repeat(32);
    expect(await fileRead({ kind: 'fingerprint', source: new Blob([`指纹 ${full}`]), name: 'x.txt' })).toEqual({ kind: 'fingerprint', read: { ok: true, value: full } });
    expect(seen.at(-1)).toBe(100);
  });
});

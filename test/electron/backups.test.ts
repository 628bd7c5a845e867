import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupList, backupWrite } from '../../electron/backups';
import { rollingBackupName } from '../../shared/backup/rolling';
import { memoryFs } from './fakes';

const DIR = join('/home/u/.config/协商台', 'backups');
const TEXT = '{\n  "format": "wagedesk-backup"\n}\n';
/** createdAt for a local date and time (month 1-based): file names do not depend on the machine's time zone. */
const at = (y: number, mo: number, d: number, h = 12, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s);

function seeded(dates: readonly Date[], extra: readonly string[] = []) {
  const fs = memoryFs();
  fs.dirs.add(DIR);
  for (const date of dates) fs.files.set(join(DIR, rollingBackupName(date)), { data: new Uint8Array([1]), mtime: date });
  for (const name of extra) fs.files.set(join(DIR, name), { data: new Uint8Array([2]), mtime: new Date(0) });
  return fs;
}

const namesIn = (fs: ReturnType<typeof memoryFs>) => [...fs.files.keys()].map((path) => path.slice(DIR.length + 1)).sort();

describe('backupWrite', () => {
  it('creates the folder and writes wagedesk-backup-YYYYMMDD-HHmmss.json through a temporary file', async () => {
    const fs = memoryFs();
    const rename = vi.spyOn(fs.api, 'rename');
    const result = await backupWrite({ fs: fs.api, dir: DIR, tempId: () => 't1' }, { text: TEXT, createdAt: at(2021, 1, 10, 16, 5, 9).toISOString() });
    const path = join(DIR, 'wagedesk-backup-20210110-160509.json');
    expect(result).toEqual({ ok: true, value: { path, kept: 1 } });
    expect(new TextDecoder().decode(fs.files.get(path)?.data)).toBe(TEXT);
    expect(rename).toHaveBeenCalledWith(join(DIR, '.wagedesk-backup-20210110-160509.json.t1.tmp'), path);
    expect(namesIn(fs)).toEqual(['wagedesk-backup-20210110-160509.json']);
  });

  it('applies the retention rule after writing: newest 30 plus the newest of each of the last 7 days', async () => {
    const today = Array.from({ length: 35 }, (_, i) => at(2021, 1, 20, 8, i));
    const earlier = Array.from({ length: 10 }, (_, i) => [at(2021, 1, 19 - i, 9), at(2021, 1, 19 - i, 18)]).flat();
    const fs = seeded([...today, ...earlier], ['notes.txt']);
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 20, 9).toISOString() });
    expect(result).toMatchObject({ ok: true, value: { kept: 36 } });
    const names = namesIn(fs);
    expect(names).toContain(rollingBackupName(at(2021, 1, 20, 9)));
    expect(names).toContain('notes.txt');
    expect(names.filter((name) => name.startsWith('wagedesk-backup-20210120'))).toHaveLength(30);
    for (let i = 0; i < 6; i++) expect(names).toContain(rollingBackupName(at(2021, 1, 19 - i, 18)));
    expect(names).not.toContain(rollingBackupName(at(2021, 1, 13, 18)));
    expect(names).toHaveLength(37);
  });

  it('never deletes the file just written, even when every other backup is newer', async () => {
    const future = Array.from({ length: 40 }, (_, i) => at(2030, 1, 1, 10, i));
    const fs = seeded(future);
    const createdAt = at(2021, 1, 10).toISOString();
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt });
    expect(result).toMatchObject({ ok: true, value: { kept: 31 } });
    expect(namesIn(fs)).toContain(rollingBackupName(new Date(createdAt)));
  });

  it('replaces a backup made within the same second (the newer snapshot wins)', async () => {
    const fs = seeded([at(2021, 1, 10, 16)]);
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 10, 16).toISOString() });
    expect(result).toMatchObject({ ok: true, value: { kept: 1 } });
    expect(new TextDecoder().decode(fs.files.get(join(DIR, rollingBackupName(at(2021, 1, 10, 16))))?.data)).toBe(TEXT);
  });

  it.each(['ENOSPC', 'EDQUOT'])('on a full disk (%s) answers file.diskFull and loses nothing that was there', async (errno) => {
    const old = Array.from({ length: 40 }, (_, i) => at(2021, 1, 1 + (i % 20), 10, i));
    const fs = seeded(old);
    const before = new Map(fs.files);
    fs.failNext('writeFile', errno);
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 21).toISOString() });
    expect(result).toMatchObject({ ok: false, error: { code: 'file.diskFull', params: { errno } } });
    expect(fs.files).toEqual(before);
  });

  it('when the rename fails, removes its temporary file and deletes no old backup', async () => {
    const fs = seeded(Array.from({ length: 40 }, (_, i) => at(2021, 1, 1, 10, i)));
    const before = namesIn(fs);
    fs.failNext('rename', 'ENOSPC');
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 2).toISOString() });
    expect(result).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(namesIn(fs)).toEqual(before);
  });

  it('answers file.noPermission when the folder cannot be created', async () => {
    const fs = memoryFs();
    fs.failNext('mkdir', 'EACCES');
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 2).toISOString() });
    expect(result).toMatchObject({ ok: false, error: { code: 'file.noPermission' } });
    expect(fs.files.size).toBe(0);
  });

  it('still succeeds when an old backup cannot be deleted: it is counted as kept and logged', async () => {
    const fs = seeded(Array.from({ length: 31 }, (_, i) => at(2021, 1, 1, 10, i)));
    const log = vi.fn();
    fs.failNext('unlink', 'EBUSY');
    const result = await backupWrite({ fs: fs.api, dir: DIR, log, rule: { newest: 30, days: 0 } }, { text: TEXT, createdAt: at(2021, 1, 1, 11).toISOString() });
    expect(result).toMatchObject({ ok: true, value: { kept: 31 } });
    expect(namesIn(fs)).toHaveLength(31);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not delete'), expect.anything());
  });

  it('still succeeds when the folder cannot be listed after the write (nothing is pruned)', async () => {
    const fs = seeded([at(2021, 1, 1)]);
    fs.failNext('readdir', 'EACCES');
    const result = await backupWrite({ fs: fs.api, dir: DIR }, { text: TEXT, createdAt: at(2021, 1, 2).toISOString() });
    expect(result).toMatchObject({ ok: true, value: { kept: 1 } });
    expect(namesIn(fs)).toHaveLength(2);
  });
});

describe('backupList', () => {
  it('lists rolling backups newest first, with size and modification time, ignoring other files', async () => {
    const fs = seeded([at(2021, 1, 9), at(2021, 1, 10), at(2021, 1, 8)], ['notes.txt', '.wagedesk-backup-20210111-000000.json.x.tmp']);
    const result = await backupList({ fs: fs.api, dir: DIR });
    expect(result).toEqual({
      ok: true,
      value: {
        dir: DIR,
        files: [at(2021, 1, 10), at(2021, 1, 9), at(2021, 1, 8)].map((date) => ({ name: rollingBackupName(date), bytes: 1, modifiedAt: date.toISOString() })),
      },
    });
  });

  it('answers an empty list when the folder does not exist yet', async () => {
    expect(await backupList({ fs: memoryFs().api, dir: DIR })).toEqual({ ok: true, value: { dir: DIR, files: [] } });
  });

  it('answers backup.listFailed when the folder cannot be read', async () => {
    const fs = seeded([at(2021, 1, 9)]);
    fs.failNext('readdir', 'EACCES');
    expect(await backupList({ fs: fs.api, dir: DIR })).toMatchObject({ ok: false, error: { code: 'backup.listFailed', params: { errno: 'EACCES' } } });
  });

  it('skips a file deleted between listing and stat', async () => {
    const fs = seeded([at(2021, 1, 9), at(2021, 1, 10)]);
    fs.failNext('stat', 'ENOENT');
    const result = await backupList({ fs: fs.api, dir: DIR });
    expect(result.ok && result.value.files.map((f) => f.name)).toEqual([rollingBackupName(at(2021, 1, 9))]);
  });
});

import { describe, expect, it } from 'vitest';
import { backupDecrypt, backupEncrypt, backupTextIsEncrypted } from '../../../shared/backup/encrypted';

const header = { createdAt: '2021-02-01T00:00:00.000Z', appVersion: '0.1.0' };
const inner = JSON.stringify({ format: 'wagedesk-backup', tables: { people: [{ name: '吴华贵', phone: '13800000000' }] } });

describe('an encrypted backup', () => {
  it('opens with its passphrase to the very text, and shows no personal data without it', async () => {
    const sealed = await backupEncrypt(inner, header, '福鼎 备份 口令');
    if (!sealed.ok) throw new Error(sealed.error.message);
    expect(backupTextIsEncrypted(sealed.value)).toBe(true);
    expect(backupTextIsEncrypted(inner)).toBe(false);
    for (const secret of ['吴华贵', '13800000000', 'people']) expect(sealed.value).not.toContain(secret);
    expect(await backupDecrypt(sealed.value, '福鼎 备份 口令')).toEqual({ ok: true, value: inner });
  });

  it('refuses a wrong passphrase, an altered header and a short passphrase', async () => {
    const sealed = await backupEncrypt(inner, header, '福鼎 备份 口令');
    if (!sealed.ok) throw new Error(sealed.error.message);
    const wrong = await backupDecrypt(sealed.value, '福鼎 备份 口令2');
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('backup.wrongPassphrase');
    const altered = await backupDecrypt(sealed.value.replace('2021-02-01', '2022-02-01'), '福鼎 备份 口令');
    expect(altered.ok ? 'ok' : altered.error.code).toBe('backup.wrongPassphrase');
    const short = await backupEncrypt(inner, header, 'short');
    expect(short.ok ? 'ok' : short.error.code).toBe('backup.passphraseShort');
  });
});

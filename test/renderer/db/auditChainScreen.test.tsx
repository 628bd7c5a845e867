// The change history as the user reads it: "修改记录完整" over a whole trail, and the entry where it breaks
// after a backup with an edited trail was restored, with the restore itself listed by its file.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { AuditSection } from '../../../renderer/features/audit/AuditSection';
import { okValue, testDbOpen, testDbsDelete, testEnterpriseInput } from './testDb';

let dbs: WageDeskDb[] = [];
beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  dbs = [];
});
afterEach(async () => {
  cleanup();
  await testDbsDelete(...dbs);
});

async function historyOpened(db: WageDeskDb, enterpriseId: string) {
  servicesUse(servicesFor(db));
  render(<AuditSection enterpriseId={enterpriseId} />);
  fireEvent.click(screen.getByRole('button', { name: '查看修改记录' }));
  return screen.findByText(/修改记录(完整|已被改动)/, {}, { timeout: 10_000 });
}

describe('the change history says whether the trail is whole', () => {
  it('over a whole trail: 修改记录完整', async () => {
    const db = testDbOpen();
    dbs.push(db);
    const created = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '甲厂' })));
    okValue(await enterpriseRepo(db).update(created.id, testEnterpriseInput({ name: '甲厂二' })));
    expect((await historyOpened(db, created.id)).textContent).toBe('修改记录完整：2 条记录逐条核对无误，没有被改动、删除或插入。');
  });

  it('after restoring a backup whose trail was edited: the entry that was changed, and the restore with its file', async () => {
    const source = testDbOpen();
    const target = testDbOpen();
    dbs.push(source, target);
    const created = okValue(await enterpriseRepo(source).create(testEnterpriseInput({ name: '甲厂' })));
    okValue(await enterpriseRepo(source).update(created.id, testEnterpriseInput({ name: '甲厂二' })));
    const document = okValue(await backupCreate(source)).document;
    const audit = document.tables.audit as Record<string, unknown>[];
    // The first entry said the enterprise was created as 乙厂: someone edited the file's trail.
    const forged = { ...document, tables: { ...document.tables, audit: audit.map((row, i) => (i === 0 ? { ...row, after: { ...(row.after as object), name: '乙厂' } } : row)) } };
    okValue(await backupRestore(target, forged, { fileName: '备份.json' }));
    const status = await historyOpened(target, created.id);
    expect(status.textContent).toMatch(/^修改记录已被改动：第 1 条（.+）写入后内容被改过。$/);
    expect((await screen.findByRole('row', { name: /整库备份 · 备份\.json/ })).textContent).toContain('从备份恢复');
  });
});

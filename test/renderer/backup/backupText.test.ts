import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { i18nInit } from '../../../renderer/i18n';
import type { BackupPlan } from '../../../renderer/db/backupPlan';
import { backupTableNames } from '../../../renderer/db/backupRows';
import { backupErrorText, backupFileStamp, backupInstantText, backupPlanText } from '../../../renderer/features/settings/backupText';

beforeAll(async () => {
  await i18nInit('zh-CN');
});

const none = { added: 0, changed: 0, removed: 0, unchanged: 0 };
const plan: BackupPlan = {
  createdAt: '2021-01-10T08:00:00.000Z',
  appVersion: '0.1.0',
  tables: {
    ...(Object.fromEntries(backupTableNames.map((name) => [name, none])) as BackupPlan['tables']),
    enterprises: { added: 1, changed: 1, removed: 0, unchanged: 3 },
    people: { ...none, removed: 2, unchanged: 5 },
    settings: { ...none, unchanged: 1 },
  },
  enterprises: { added: ['福建隆祥皮革有限公司'], removed: [], changed: ['安溪茶厂'] },
  noChange: false,
  witnessKeyInFile: 'none',
  witnessKeyHeld: true,
};

describe('backup words', () => {
  it('stamps file names with the local date and time, to the minute', () => {
    expect(backupFileStamp(new Date(2021, 0, 5, 9, 7, 59))).toBe('20210105-0907');
    expect(i18next.t('backup.fileName', { stamp: '20210105-0907' })).toBe('协商台备份-20210105-0907.json');
  });

  it('shows an instant as a local date and time, and an unreadable one as it is', () => {
    const text = backupInstantText(new Date(2021, 0, 10, 16, 5).toISOString(), 'zh-CN');
    expect(text).toContain('2021');
    expect(text).toContain('16:05');
    expect(backupInstantText('not a date', 'zh-CN')).toBe('not a date');
  });

  it('describes the restore preview: tables that change, and enterprise names', () => {
    const text = backupPlanText(plan, i18next.t, 'zh-CN');
    expect(text).toContain('企业：新增 1 条，修改 1 条，删除 0 条，不变 3 条。');
    expect(text).toContain('协商人员：新增 0 条，修改 0 条，删除 2 条，不变 5 条。');
    expect(text).not.toContain('设置：'); // nothing changes there
    expect(text).toContain('将出现的企业：福建隆祥皮革有限公司。');
    expect(text).toContain('将改动的企业：安溪茶厂。');
    expect(text).not.toContain('将移除的企业');
    expect(backupPlanText({ ...plan, noChange: true }, i18next.t, 'zh-CN')).toBe('备份与本机现有数据完全相同，恢复不会改变任何内容。');
  });

  it('says what becomes of the witness key, which a restore never writes', () => {
    expect(backupPlanText(plan, i18next.t, 'zh-CN')).not.toContain('见证');
    expect(backupPlanText({ ...plan, witnessKeyInFile: 'clearDropped' }, i18next.t, 'zh-CN')).toContain('明文的见证私钥：恢复时不会写入');
    expect(backupPlanText({ ...plan, witnessKeyInFile: 'sealed' }, i18next.t, 'zh-CN')).toContain('以口令加密的见证密钥，恢复不会导入它');
    const federation = { ...plan, witnessKeyHeld: false, tables: { ...plan.tables, registry: { ...none, added: 2 } } };
    expect(backupPlanText(federation, i18next.t, 'zh-CN')).toContain('须在联合会工作台另行导入密钥文件');
    expect(backupPlanText({ ...federation, noChange: true }, i18next.t, 'zh-CN')).toContain('须在联合会工作台另行导入密钥文件');
  });

  it('counts the names past the first eight instead of listing them all', () => {
    const names = Array.from({ length: 12 }, (_, i) => `第${i + 1}厂`);
    const text = backupPlanText({ ...plan, enterprises: { added: [], removed: names, changed: [] } }, i18next.t, 'zh-CN');
    expect(text).toContain('将移除的企业：第1厂、第2厂、第3厂、第4厂、第5厂、第6厂、第7厂、第8厂等 12 家。');
  });

  it('names the damaged part of a file in the user’s words', () => {
    expect(backupErrorText({ code: 'backup.damaged', message: '', params: { table: 'people' } }, i18next.t)).toContain('“协商人员”部分的校验值不符');
    expect(backupErrorText({ code: 'backup.damaged', message: '', params: { table: 'header' } }, i18next.t)).toContain('“文件信息”');
    expect(backupErrorText({ code: 'backup.invalidRow', message: '', params: { table: 'enterprises', row: 3, reason: 'x' } }, i18next.t)).toContain(
      '备份中“企业”的第 3 条记录不符合要求',
    );
    expect(backupErrorText({ code: 'storage.quota', message: '' }, i18next.t)).toContain('存储空间已满');
  });
});

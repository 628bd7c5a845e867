import { beforeAll, describe, expect, it } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { sectorEn, sectorZh } from '../../../renderer/features/sector/messages';
import { sectorErrorText } from '../../../renderer/features/sector/sectorDraft';
import { sectorBundleErrorText } from '../../../renderer/features/sector/sectorBundleFile';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('sector', sectorZh, sectorEn);
});

describe('sector errors in words', () => {
  it('names the agreement a conflict or a refused import is about, and says where to make a missing witness key', () => {
    expect(sectorErrorText({ code: 'sector.conflict', message: '', params: { title: '龙安合同' } })).toContain('《龙安合同》在另一个窗口里已保存过修改');
    expect(sectorBundleErrorText({ code: 'sector.importConflict', message: '', params: { title: '本会的草稿' } })).toContain('《本会的草稿》');
    expect(sectorErrorText({ code: 'witness.missing', message: '' })).toContain('见证密钥');
    expect(sectorBundleErrorText({ code: 'bundle.enterpriseBundle', message: '' })).toContain('企业的报送包');
    // The bundle reader's own codes, worded even when the federation workbench was never opened.
    expect(sectorBundleErrorText({ code: 'bundle.damaged', message: '' })).toContain('文件已损坏');
  });
});

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryEmpty } from '../../../shared/bundle/registry';
import { isoDate } from '../../../shared/dates/isoDate';
import { documentPlainText } from '../../../templates/model';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { registryOverview } from '../../../renderer/features/federation/registryOverview';
import { registryReportDocument, registryReportDocx } from '../../../renderer/features/federation/registryReport';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { i18nInit } from '../../../renderer/i18n';
import { okValue } from '../db/testDb';
import { referenceContents } from './bundles';

describe('the report for the federation’s superiors', () => {
  it('states the counts and the problems in Chinese and renders to .docx', async () => {
    i18nInit('zh-CN');
    featureMessagesRegister('federation', federationZh, federationEn);
    // The sample without its filing and review: the report then has a late filing to state as well as the missed renewal.
    const sample = await referenceContents();
    const contents = { ...sample, recordSummary: { ...sample.recordSummary, events: sample.recordSummary.events.filter((ev) => !['filing', 'review'].includes(ev.kind)) } };
    const registry = bundleImportApply(registryEmpty(), okValue(bundleImportPlan(registryEmpty(), contents)));
    const overview = registryOverview(registry, isoDate('2026-11-23'));
    const doc = registryReportDocument(overview, '福鼎市总工会', i18next.t, 'zh-CN');
    const text = documentPlainText(doc);
    expect(doc.title).toBe('集体合同备案情况报告');
    expect(text).toContain('截至2026-11-23，登记簿中共有企业 1 家，协议 1 份');
    expect(text).toContain('逾期报送 1 份，未按期提出续订 1 份');
    expect(text).toContain('福建隆祥皮革有限公司');
    const bytes = await registryReportDocx(overview, '福鼎市总工会', i18next.t, 'zh-CN');
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });
});

// 报送材料包 on screen: the deadline banner from the procedure clock (an overdue filing is a warning in red),
// a draft agreement flagged with the way to sign it, and every printed sheet in filing order on its own
// named page (the agreement's fingerprint and the draft mark then stay on their own part's pages).
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Enterprise } from '../../../shared/enterprise/model';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import { filingPackage } from '../../../templates/filing/filingPackage';
import { FilingPackageView } from '../../../renderer/features/documents/filing/FilingPackageView';
import { featureMessagesFlush } from '../../../renderer/i18n/featureMessages';
import { zhejiangCaseFile } from '../../cli/zhejiangCase';
import { caseFileOf } from '../../templates/userCase';

afterEach(cleanup);

beforeAll(async () => {
  if (!i18next.isInitialized) await i18next.use(initReactI18next).init({ lng: 'zh-CN', resources: {} });
  featureMessagesFlush();
});

function pkgOn(today: string) {
  const file = caseFileOf(zhejiangCaseFile());
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.message);
  return { file, pkg: filingPackage(caseDataOf(file), ctx.value, { agreements: [], today: isoDate(today) }) };
}

describe('FilingPackageView', () => {
  it('warns of an overdue filing with the date, the days and the article', () => {
    const { file, pkg } = pkgOn('2022-03-04');
    render(<FilingPackageView pkg={pkg} enterprise={{ ...file.enterprise, id: 'e1' } as unknown as Enterprise} onBack={() => {}} onDetails={() => {}} onSign={() => {}} />);
    const banner = screen.getByRole('status');
    expect(banner.textContent).toBe('已逾期 7 日未报送：期限为 2022-02-25（7 日）（依据《工资集体协商试行办法》第二十一条）。');
    expect(banner.className).toContain('doc-banner-bad');
  });

  it('flags the unsigned agreement with the way to sign it, and prints each sheet on its part\'s named page', () => {
    const { file, pkg } = pkgOn('2022-02-20');
    const onSign = vi.fn();
    render(<FilingPackageView pkg={pkg} enterprise={{ ...file.enterprise, id: 'e1' } as unknown as Enterprise} onBack={() => {}} onDetails={() => {}} onSign={onSign} />);
    expect(screen.getByText('材料尚未齐备：补全后再打印报送。')).toBeTruthy();
    screen.getByRole('button', { name: '去定稿并签署' }).click();
    expect(onSign).toHaveBeenCalledOnce();
    const sheets = screen.getAllByRole('article');
    expect(sheets.map((s) => s.style.getPropertyValue('page'))).toEqual(['filing-part-1', 'filing-part-2', 'filing-part-2', 'filing-part-2', 'filing-part-3', 'filing-part-4', 'filing-part-5']);
    expect(document.querySelector('style')!.textContent).toMatch(/^@page filing-part-1 \{ size: A4;/);
  });
});

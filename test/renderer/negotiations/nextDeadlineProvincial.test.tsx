// The next deadline names the province's own period when its regulation sets one the app could not confirm
// in the text (so the date is the national one): 广东's 30 days beside the national 20. A province whose
// period is computed (Fujian's rule) or not looked at says nothing more.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { deadlineCompute } from '../../../shared/procedure/deadline';
import { deadlineRulesDefault } from '../../../shared/procedure/deadlineRules';
import { i18nInit } from '../../../renderer/i18n';
import { NextDeadline } from '../../../renderer/features/negotiations/NextDeadline';
import { negotiationsEn, negotiationsZh } from '../../../renderer/features/negotiations/messages';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('negotiations', negotiationsZh, negotiationsEn);
});
afterEach(cleanup);

function replyFor(regionCode: string) {
  const deadline = deadlineCompute({ kind: 'wage-agreement', event: 'request-received', date: isoDate('2026-03-02'), regionCode }, deadlineRulesDefault, holidayCalendarCn);
  if (!deadline.ok) throw new Error(deadline.error.message);
  const item = { ok: true as const, step: 'reply' as const, deadline: deadline.value, metOn: null };
  render(<NextDeadline next={item} items={[item]} today={isoDate('2026-03-03')} regionCode={regionCode} />);
}

describe('NextDeadline and the province\'s own period', () => {
  it('names 广东\'s unconfirmed 30 days beside the national date', () => {
    replyFor('440106');
    expect(screen.getByRole('note').textContent).toBe('本省《广东省企业集体合同条例》另有规定：30 日（未在条例原文中核实，本程序未按此计算；请对照条例原文，如更短请按条例办理）。');
  });

  it('names a period read in the text but counted in working days, which the date does not reflect (浙江, 河南\'s wage regulation)', () => {
    replyFor('330106');
    expect(screen.getByRole('note').textContent).toBe('本省《浙江省集体合同条例》第七条另有规定：10 个工作日（本程序只按日历日计算，未按此计算；请按工作日计算，如更早请按条例办理）。');
    cleanup();
    replyFor('410102');
    expect(screen.getByRole('note').textContent).toBe('本省《河南省企业工资集体协商条例》第二十一条另有规定：10 个工作日（本程序只按日历日计算，未按此计算；请按工作日计算，如更早请按条例办理）。');
  });

  it('says nothing more where the province\'s period read in the text gives the date (北京\'s 20 days)', () => {
    replyFor('110105');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says nothing more where the province\'s rule is the one computed (福建) or none was looked at', () => {
    replyFor('350982');
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    replyFor('520102');
    expect(screen.queryByRole('note')).toBeNull();
  });
});

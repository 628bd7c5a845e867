// Settings → 节假日日历: lists the years, imports a file (and refuses a bad one without storing it).
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { CalendarCard } from '../../../renderer/features/calendar/CalendarCard';
import { calendarUserSet } from '../../../renderer/features/calendar/calendarLoad';
import { CALENDAR_USER_KEY } from '../../../renderer/data/settingsHandlers';
import { testDbOpen, testDbsDelete } from '../db/testDb';
import { calendar2027Text } from './calendar2027';

let db: WageDeskDb;
beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  calendarUserSet(null);
});
afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

const pick = (text: string) =>
  fireEvent.change(screen.getByLabelText('选择节假日日历文件（.json）'), { target: { files: [new File([text], 'calendar.json', { type: 'application/json' })] } });

describe('CalendarCard', () => {
  it('lists the shipped years, imports 2027 and lists it with its source', async () => {
    render(<CalendarCard />);
    const years = screen.getByRole('list', { name: '已有的年份' });
    expect(within(years).getByText(/2026 年：内置/)).toBeTruthy();
    expect(within(years).queryByText(/2027 年/)).toBeNull();
    pick(calendar2027Text);
    expect((await screen.findByRole('status')).textContent).toBe('已导入节假日日历：2027 年。');
    expect(within(years).getByText(/2027 年：导入（测试日历2027）/)).toBeTruthy();
    expect(await db.settings.get(CALENDAR_USER_KEY)).toBeDefined();
  });

  it('refuses a file that is not JSON with a Chinese message and stores nothing', async () => {
    render(<CalendarCard />);
    pick('这不是日历');
    expect((await screen.findByRole('alert')).textContent).toContain('无法读取节假日日历文件');
    expect(await db.settings.get(CALENDAR_USER_KEY)).toBeUndefined();
  });
});

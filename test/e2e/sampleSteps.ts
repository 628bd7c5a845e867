// The steps the specs share around the built-in sample (福建隆祥皮革有限公司 and its five rounds,
// shared/sample/referenceRounds.ts): load it from the enterprise list, open one of its rounds with the
// 协商轮次 picker at the top of a round area, or open the enterprise's own page.
import { expect, type Page } from '@playwright/test';

export const SAMPLE = '福建隆祥皮革有限公司';

/** The sample's rounds, oldest first, by the id the case files give them. */
export const ROUNDS = {
  'ref-2020-1': '2020年初工资协议（第一份工资协议）',
  'ref-2020-2': '2020年3月工资协议（第二份工资协议）',
  'ref-2020-jr': '2020年3月保岗协议',
  'ref-2020-3': '2020年6月工资协议（第三份工资协议）',
  'ref-2021-1': '2021年1月工资协议（春节留岗）',
} as const;
export type SampleRound = keyof typeof ROUNDS;

/** The round areas, by the name of their link in the main navigation. */
export type RoundArea = '协商程序' | '产值与工资测算' | '协议条款与兑现' | '协议文书';

/** “载入参考案例” on the enterprise list, and its notice. */
export async function sampleLoaded(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '载入参考案例', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已载入参考案例' })).toContainText(SAMPLE);
}

/** The sample's page (企业与人员 → the enterprise): its profile, 协商轮次 and people. */
export async function sampleEnterpriseOpened(page: Page) {
  await page.getByRole('link', { name: '企业与人员' }).click();
  await page.getByRole('link', { name: `查看 ${SAMPLE}`, exact: true }).click();
  await expect(page.getByRole('heading', { name: SAMPLE, level: 1 })).toBeVisible();
}

/** Picks `round` with the 协商轮次 select of the round area on screen, and waits for it to open. */
export async function roundPicked(page: Page, round: SampleRound) {
  const select = page.getByLabel('协商轮次', { exact: true });
  await expect(select.locator('option', { hasText: ROUNDS[round] })).toHaveCount(1);
  await expect(select).toHaveValue(/.+/); // a round on screen already: the choice below is the last word
  await select.selectOption(round);
  await expect(page).toHaveURL(new RegExp(`/${round}/`));
  await expect(select).toHaveValue(round);
}

/** The sample loaded, then `area` opened on `round`. */
export async function sampleRoundOpened(page: Page, area: RoundArea, round: SampleRound) {
  await sampleLoaded(page);
  await page.getByRole('link', { name: area, exact: true }).click();
  await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
  await expect(page.getByLabel('企业', { exact: true })).toHaveValue(/.+/);
  await roundPicked(page, round);
}

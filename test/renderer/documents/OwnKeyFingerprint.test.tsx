// The enterprise sees its own bundle-signing key's fingerprint grouped exactly as the federation's screen
// groups it when pinning, or is told the key comes with the first export; the copied text names the enterprise.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { DataContext } from '../../../renderer/data/context';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { OwnKeyFingerprint, ownKeyText } from '../../../renderer/features/documents/OwnKeyFingerprint';
import { fingerprintGroups } from '../../../shared/bundle/trust';
import { witnessKeyFingerprint } from '../../../shared/witness/identity';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';
import { variantContents } from '../federation/bundles';

let db: WageDeskDb;

beforeAll(async () => {
  await i18nInit('zh-CN');
});

beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
});

afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

describe('OwnKeyFingerprint', () => {
  it('before the first export: says the key is made then, and shows no fingerprint', async () => {
    const bundle = await variantContents({ serial: 3 });
    const { profile } = bundle.enterprise;
    render(<OwnKeyFingerprint name={profile.name} creditCode={profile.creditCode} />);
    expect((await screen.findByTestId('own-key-none')).textContent).toContain('第一次导出报送包时自动生成');
    expect(screen.queryByTestId('own-key-fingerprint')).toBeNull();
  });

  it('after an export: the fingerprint of the key that signed it, grouped as the federation shows it', async () => {
    const bundle = await variantContents({ serial: 4 });
    const { profile } = bundle.enterprise;
    const signed = okValue(await dataHandlers.bundleSignAsEnterprise({ db, deps: testDeps() } as DataContext, { contents: bundle }));
    const expected = fingerprintGroups(await witnessKeyFingerprint(signed.signedBy!.publicKeyHex));
    expect(expected).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    render(<OwnKeyFingerprint name={profile.name} creditCode={profile.creditCode} />);
    expect((await screen.findByTestId('own-key-fingerprint')).textContent).toBe(expected);
    expect(screen.getByText(/电话或纸面核对/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制指纹' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打印指纹（纸面核对）' })).toBeTruthy();
  });

  it('the copied and printed text: enterprise, credit code and fingerprint, one a line', () => {
    const t = (key: string) => ({ 'ownKey.printTitle': '标题', 'ownKey.enterprise': '企业名称：', 'ownKey.creditCode': '统一社会信用代码：', 'ownKey.fingerprint': '密钥指纹：' })[key] ?? key;
    const text = ownKeyText(t, '某企业', '91350982MA00000001', 'ab'.repeat(32));
    expect(text.split('\n')).toEqual(['标题', '企业名称：某企业', '统一社会信用代码：91350982MA00000001', `密钥指纹：${fingerprintGroups('ab'.repeat(32))}`]);
  });
});

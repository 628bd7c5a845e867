// The witness card's words about where the private key lives match what is true: OS-protected on the
// desktop where the OS offers it, browser storage otherwise, and a note when the desktop's OS cannot.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { WitnessKeyWhere } from '../../../renderer/features/federation/WitnessKeyWhere';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import type { DesktopBridge } from '../../../shared/ipc/contract';
import { resultOk } from '../../../shared/result';
import { testDbOpen, testDbsDelete } from '../db/testDb';

let db: WageDeskDb;

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('federation', federationZh, federationEn);
});

beforeEach(() => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
});

afterEach(async () => {
  cleanup();
  delete (window as { wagedesk?: DesktopBridge }).wagedesk;
  await testDbsDelete(db);
});

function desktopWith(available: boolean): void {
  (window as { wagedesk?: DesktopBridge }).wagedesk = {
    invoke: async (channel: string) => (channel === 'witness:protection' ? resultOk({ available }) : resultOk({})),
  } as unknown as DesktopBridge;
}

describe('WitnessKeyWhere', () => {
  it('a held OS-protected key: says the operating system encrypts it', () => {
    render(<WitnessKeyWhere store="os" />);
    expect(screen.getByTestId('witness-where').textContent).toContain('由操作系统加密');
  });

  it('a held key in browser storage: says so, never claiming OS protection', () => {
    render(<WitnessKeyWhere store="browser" />);
    expect(screen.getByTestId('witness-where').textContent).toContain('浏览器存储');
    expect(screen.getByTestId('witness-where').textContent).not.toContain('操作系统加密');
  });

  it('before a key exists on a desktop with OS protection: a new key will be OS-protected', async () => {
    desktopWith(true);
    render(<WitnessKeyWhere />);
    expect((await screen.findByTestId('witness-where', {}, { timeout: 10_000 })).textContent).toContain('由操作系统加密');
    expect(screen.queryByTestId('witness-os-unavailable')).toBeNull();
  });

  it('before a key exists on a desktop without OS protection: says so, and that the key goes to the database', async () => {
    desktopWith(false);
    render(<WitnessKeyWhere />);
    expect((await screen.findByTestId('witness-os-unavailable', {}, { timeout: 10_000 })).textContent).toContain('操作系统没有提供密钥保护');
    expect(screen.getByTestId('witness-where').textContent).toContain('浏览器存储');
  });

  it('before a key exists in the browser edition: browser storage, with no note about the OS', async () => {
    render(<WitnessKeyWhere />);
    expect((await screen.findByTestId('witness-where', {}, { timeout: 10_000 })).textContent).toContain('浏览器存储');
    expect(screen.queryByTestId('witness-os-unavailable')).toBeNull();
  });
});

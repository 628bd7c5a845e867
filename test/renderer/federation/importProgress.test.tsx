// The import's progress as the user reads it: 第 n / N 个 while files are read, the one write's stage,
// then done (issue 7: many bundles at once must not look frozen).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { ImportProgress } from '../../../renderer/features/federation/ImportProgress';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('federation', federationZh, federationEn);
});
afterEach(cleanup);

describe('ImportProgress', () => {
  it('counts files while reading, then shows the write stage without a count, then done', () => {
    const view = render(<ImportProgress progress={{ stage: 'reading', done: 2, total: 5 }} />);
    expect(screen.getByRole('status').textContent).toContain('正在导入 第 2 / 5 个');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('2');

    view.rerender(<ImportProgress progress={{ stage: 'reading', done: 5, total: 5 }} />);
    expect(screen.getByRole('status').textContent).toContain('已读取 第 5 / 5 个');

    view.rerender(<ImportProgress progress={{ stage: 'writing', total: 5 }} />);
    expect(screen.getByRole('status').textContent).toContain('5 个报送包一次写入');
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);

    view.rerender(<ImportProgress progress={{ stage: 'done', total: 5 }} />);
    expect(screen.getByRole('status').textContent).toContain('导入完成：第 5 / 5 个已处理。');
  });
});

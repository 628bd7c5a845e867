// The standards form says when a county's legal minimum wage is above the sector minimum typed for it:
// the legal floor applies (霞浦县, tier 4 of Fujian's 2020 table: 1,420 元).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { sectorEn, sectorZh } from '../../../renderer/features/sector/messages';
import { StandardsEditor } from '../../../renderer/features/sector/StandardsEditor';
import type { SectorDraft } from '../../../renderer/features/sector/sectorDraft';
import { members, sector } from '../../shared/sector/sectorFixtures';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('sector', sectorZh, sectorEn);
});
afterEach(cleanup);

describe('StandardsEditor', () => {
  it('shows the legal floor beside each county and says it wins where it is above the sector minimum', () => {
    const draft = JSON.parse(JSON.stringify(sector())) as SectorDraft;
    render(<StandardsEditor draft={{ ...draft, members }} disabled={false} onChange={() => {}} />);
    expect(screen.getByLabelText('霞浦县（元/月）')).toHaveProperty('value', '1400');
    const note = screen.getByRole('note');
    expect(note.textContent).toBe('当地法定最低工资 1,420.00 元 高于行业最低工资 1,400.00 元，以法定最低工资为准。');
    // 福鼎's sector minimum (1,600) is above its legal 1,570: no note there.
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByText('法定最低工资：1,570.00 元')).toBeTruthy();
  });
});

// The sector round as the procedure view sees an enterprise: the employers' party names it, the county is
// the record's (the first member's by default), the round's people keep their ids.
import { describe, expect, it } from 'vitest';
import { sectorRoundCounty, sectorRoundEnterprise, sectorRoundPeople, sectorRoundRecordNew } from '../../../renderer/features/sector/sectorRoundEnterprise';
import { procedureRecordSchema } from '../../../shared/procedure/record';
import { sectorAgreementSchema } from '../../../shared/sector';
import { creditCode, sector, XIAPU } from '../../shared/sector/sectorFixtures';

describe('a sector round seen by the procedure view', () => {
  it('takes the first member county until the record names one', () => {
    const bare = sector();
    expect(sectorRoundCounty(bare)).toBe(bare.members[0]!.regionCode);
    const recorded = sectorAgreementSchema.parse({ ...bare, procedure: sectorRoundRecordNew(bare, XIAPU) });
    expect(sectorRoundCounty(recorded)).toBe(XIAPU);
    expect(recorded.procedure?.term).toEqual(bare.term);
  });

  it('names the enterprise after the employers and counts every member worker', () => {
    const a = sector();
    const e = sectorRoundEnterprise(a, XIAPU);
    expect(e.name).toBe(a.employersParty.name);
    expect(e.regionCode).toBe(XIAPU);
    expect(e.headcount).toBe(a.members.reduce((s, m) => s + m.headcount, 0));
  });

  it('gives the people as Person records without their member', () => {
    const a = sectorAgreementSchema.parse({ ...sector(), people: [{ id: 'e1', name: '陈总', side: 'employer', role: 'chief', memberCreditCode: creditCode(1) }] });
    const [p] = sectorRoundPeople(a);
    expect(p).toMatchObject({ id: 'e1', name: '陈总', side: 'employer', role: 'chief', enterpriseId: a.id });
    expect(p && 'memberCreditCode' in p).toBe(false);
    expect(procedureRecordSchema.safeParse(sectorRoundRecordNew(a, XIAPU)).success).toBe(true);
  });
});

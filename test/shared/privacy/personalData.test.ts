import { describe, expect, it } from 'vitest';
import { backupPersonalData, bundlePersonalData, personalDataAny } from '../../../shared/privacy/personalData';
import type { BundleContents } from '../../../shared/bundle/contents';

const person = (phone: string) => ({ name: '吴华贵', side: 'workers', role: 'chief', post: '', phone, hasAuthorization: false, note: '' });

describe('what personal data a file holds', () => {
  it('counts a bundle’s representatives, their phone numbers and drawn signatures', () => {
    const contents = {
      enterprise: { profile: {}, people: [person('13800000000'), person(''), person('  ')] },
      agreements: [
        { signatures: [{ kind: 'drawn' }, { kind: 'ed25519' }, { kind: 'wet' }] },
        { signatures: [{ kind: 'drawn' }] },
      ],
    } as unknown as BundleContents;
    expect(bundlePersonalData(contents)).toEqual({ people: 3, phones: 1, drawnSignatures: 2 });
  });

  it('counts a backup’s people and roster rows, soft-deleted ones included, and tolerates odd rows', () => {
    const people = [{ phone: '0593-1234567' }, { phone: '' }, { phone: '13800000000', deletedAt: '2021-01-01T00:00:00Z' }, null];
    const workers = [{ doc: { idNumber: '350982199001011234', phone: null } }, { doc: { idNumber: '350982199001015678', phone: '13900000000' } }, {}];
    expect(backupPersonalData(people, workers)).toEqual({ people: 4, peoplePhones: 2, workers: 3, workerIdNumbers: 2, workerPhones: 1 });
    expect(personalDataAny(backupPersonalData([], []))).toBe(false);
    expect(personalDataAny(backupPersonalData([], workers))).toBe(true);
  });
});

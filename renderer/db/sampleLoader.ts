// Loads the built-in reference case (shared/sample) as a real enterprise the user can edit.
import { enterpriseInput, fieldErrors, personInput, type Enterprise, type EnterpriseId, type PersonId } from '../../shared/enterprise/model';
import { referenceEnterpriseInput, referencePeopleInputs } from '../../shared/sample/referenceEnterprise';
import { enterpriseFromRecord, enterpriseRecord, personRecord, rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, repoValidationErr, type RepoDeps, type RepoResult } from './repoResult';
import { enterpriseRestore } from './restore';
import type { WageDeskDb } from './schema';

export interface SampleLoaded {
  readonly enterprise: Enterprise;
  /** True when a live enterprise with the sample's credit code was already there; nothing was added. */
  readonly alreadyLoaded: boolean;
}

/** Adds the enterprise and its people in one transaction; loading twice adds nothing the second time. */
export function loadReferenceCase(db: WageDeskDb, deps: RepoDeps = repoDepsDefault): Promise<RepoResult<SampleLoaded>> {
  return repoGuard<SampleLoaded>(async () => {
    const enterprise = enterpriseInput.safeParse(referenceEnterpriseInput());
    if (!enterprise.success) return repoValidationErr(fieldErrors(enterprise.error));
    const people = referencePeopleInputs().map((input) => personInput.safeParse(input));
    for (const person of people) if (!person.success) return repoValidationErr(fieldErrors(person.error));
    const fields = enterprise.data;

    return db.transaction('rw', db.enterprises, db.people, async () => {
      const holders = await db.enterprises.where('creditCode').equals(fields.creditCode).toArray();
      const existing = holders.find(rowLive);
      if (existing) {
        const restored = enterpriseRestore(existing);
        if (!restored.ok) return repoErr('storage.corrupt', restored.skipped.reason, { id: existing.id });
        return repoOk({ enterprise: enterpriseFromRecord(restored.record), alreadyLoaded: true });
      }
      const now = deps.clock();
      const record = enterpriseRecord(fields, deps.newId() as EnterpriseId, now);
      await db.enterprises.add(record);
      await db.people.bulkAdd(
        people.flatMap((person) => (person.success ? [personRecord(person.data, deps.newId() as PersonId, record.id, now)] : [])),
      );
      return repoOk({ enterprise: enterpriseFromRecord(record), alreadyLoaded: false });
    });
  });
}

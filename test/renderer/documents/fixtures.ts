// The reference enterprise and its people as the store holds them, for the documents tests.
import { enterpriseInput, personInput, type Enterprise, type EnterpriseId, type Person, type PersonId } from '../../../shared/enterprise/model';
import { referenceEnterpriseInput, referencePeopleInputs } from '../../../shared/sample/referenceEnterprise';

const at = '2021-01-10T08:00:00.000Z';

export function referenceEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return { ...enterpriseInput.parse(referenceEnterpriseInput()), id: 'ent-1' as EnterpriseId, createdAt: at, updatedAt: at, ...overrides };
}

export function referencePeople(enterpriseId = 'ent-1'): Person[] {
  return referencePeopleInputs().map((input, i) => ({
    ...personInput.parse(input),
    id: `p-${i}` as PersonId,
    enterpriseId: enterpriseId as EnterpriseId,
    createdAt: at,
    updatedAt: at,
  }));
}
